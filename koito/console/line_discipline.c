/*
 * The console's line discipline (KOITO, console server core); see
 * line_discipline.h.
 */
#include "line_discipline.h"

#include <string.h>

#define BYTE_CTRL_C 0x03u
#define BYTE_CTRL_D 0x04u
#define BYTE_BEL    0x07u
#define BYTE_BS     0x08u
#define BYTE_TAB    0x09u
#define BYTE_LF     0x0au
#define BYTE_CR     0x0du
#define BYTE_CTRL_U 0x15u
#define BYTE_FS     0x1cu /* Ctrl-\ */
#define BYTE_DEL    0x7fu

void line_discipline_init(struct line_discipline *discipline)
{
    memset(discipline, 0, sizeof *discipline);
    discipline->signals = true;
}

void line_discipline_set_mode(struct line_discipline *discipline, bool echo, bool canonical)
{
    discipline->quiet = !echo;
    discipline->raw = !canonical;
    if (discipline->raw && !discipline->finished && discipline->length > 0) {
        discipline->finished = true;
        discipline->taken = 0;
    }
}

void line_discipline_set_signals(struct line_discipline *discipline, bool signals)
{
    discipline->signals = signals;
}

/* Start a new line after the last one was taken, keeping the mode, the bytes queued behind it
 * (and, for a CR-ended line taken before its LF arrived, that this LF still belongs to it). */
static void line_discipline_restart(struct line_discipline *discipline)
{
    discipline->length = 0;
    discipline->taken = 0;
    discipline->finished = false;
}

static size_t line_discipline_erase(struct line_discipline *discipline, uint8_t *echo)
{
    if (discipline->length == 0)
        return 0;
    discipline->length--;
    memcpy(echo, "\b \b", 3);
    return 3;
}

static size_t line_discipline_finish(struct line_discipline *discipline, bool newline,
                                     uint8_t *echo)
{
    discipline->finished = true;
    discipline->taken = 0;
    if (!newline)
        return 0;
    discipline->line[discipline->length++] = '\n';
    memcpy(echo, "\r\n", 2);
    return 2;
}

/* Canonical mode: edit the line with one byte. */
static size_t line_discipline_edit(struct line_discipline *discipline, uint8_t byte, uint8_t *echo)
{
    bool after_cr = discipline->after_cr;
    discipline->after_cr = byte == BYTE_CR;
    switch (byte) {
    case BYTE_LF:
        if (after_cr)
            return 0;
        return line_discipline_finish(discipline, true, echo);
    case BYTE_CR:
        return line_discipline_finish(discipline, true, echo);
    case BYTE_CTRL_D:
        return line_discipline_finish(discipline, false, echo);
    case BYTE_BS:
    case BYTE_DEL:
        return line_discipline_erase(discipline, echo);
    case BYTE_CTRL_U: {
        size_t echoed = 0;
        while (discipline->length > 0)
            echoed += line_discipline_erase(discipline, echo + echoed);
        return echoed;
    }
    default:
        break;
    }
    if (byte < 0x20 && byte != BYTE_TAB)
        return 0;
    if (discipline->length >= LINE_DISCIPLINE_CAPACITY - 1) {
        echo[0] = BYTE_BEL;
        return 1;
    }
    discipline->line[discipline->length++] = byte;
    echo[0] = byte;
    return 1;
}

size_t line_discipline_input(struct line_discipline *discipline, uint8_t byte, uint8_t *echo)
{
    if (discipline->finished)
        return 0;
    if (discipline->raw) {
        discipline->line[discipline->length++] = byte;
        discipline->finished = true;
        discipline->taken = 0;
        echo[0] = byte;
        return discipline->quiet ? 0 : 1;
    }
    size_t echoed = line_discipline_edit(discipline, byte, echo);
    return discipline->quiet ? 0 : echoed;
}

bool line_discipline_finished(const struct line_discipline *discipline)
{
    return discipline->finished;
}

size_t line_discipline_take(struct line_discipline *discipline, uint8_t *out, size_t max)
{
    if (!discipline->finished)
        return 0;
    size_t count = discipline->length - discipline->taken;
    if (count > max)
        count = max;
    memcpy(out, discipline->line + discipline->taken, count);
    discipline->taken += count;
    if (discipline->taken == discipline->length)
        line_discipline_restart(discipline);
    return count;
}

/* A signal character: the line and the queue go, and "^C" or "^\" is echoed on a line of its
 * own. */
static enum line_discipline_signal line_discipline_signal(struct line_discipline *discipline,
                                                          uint8_t byte, uint8_t *echo,
                                                          size_t *echoed)
{
    line_discipline_restart(discipline);
    discipline->after_cr = false;
    discipline->queued = 0;
    *echoed = 0;
    if (!discipline->quiet) {
        memcpy(echo, byte == BYTE_CTRL_C ? "^C\r\n" : "^\\\r\n", 4);
        *echoed = 4;
    }
    return byte == BYTE_CTRL_C ? LINE_DISCIPLINE_INTERRUPT : LINE_DISCIPLINE_QUIT;
}

enum line_discipline_signal line_discipline_receive(struct line_discipline *discipline,
                                                    uint8_t byte, uint8_t *echo, size_t *echoed)
{
    if (discipline->signals && (byte == BYTE_CTRL_C || byte == BYTE_FS))
        return line_discipline_signal(discipline, byte, echo, echoed);
    *echoed = 0;
    if (discipline->queued < LINE_DISCIPLINE_QUEUE) {
        discipline
            ->queue[(discipline->queue_first + discipline->queued++) % LINE_DISCIPLINE_QUEUE] =
            byte;
    } else if (!discipline->quiet) {
        echo[0] = BYTE_BEL;
        *echoed = 1;
    }
    return LINE_DISCIPLINE_NONE;
}

bool line_discipline_next_queued(struct line_discipline *discipline, uint8_t *byte)
{
    if (discipline->finished || discipline->queued == 0)
        return false;
    *byte = discipline->queue[discipline->queue_first];
    discipline->queue_first = (discipline->queue_first + 1) % LINE_DISCIPLINE_QUEUE;
    discipline->queued--;
    return true;
}

bool line_discipline_can_receive(const struct line_discipline *discipline)
{
    return discipline->queued < LINE_DISCIPLINE_QUEUE;
}

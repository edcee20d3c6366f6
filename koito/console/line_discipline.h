/*
 * The console's line discipline (KOITO, console server core): turns the
 * bytes typed on the terminal into lines, with echo and backspace, as a
 * terminal in canonical mode does. Pure logic with no kernel calls, so it
 * builds on the host too (test/host/koito/line_discipline_test.c).
 *
 * Input bytes:
 *   CR or LF      ends the line (a LF right after a CR is the same line end);
 *                 the line gets '\n' and "\r\n" is echoed
 *   BS or DEL     removes the last byte of the line and echoes "\b \b"
 *                 (nothing on an empty line)
 *   Ctrl-D        ends the line without a newline; on an empty line, end of
 *                 input (the read returns 0 bytes)
 *   Ctrl-U        removes the whole line, echoing "\b \b" for each byte
 *   TAB, 0x20..0x7e and bytes >= 0x80
 *                 are appended and echoed; once the line holds
 *                 LINE_DISCIPLINE_CAPACITY - 1 bytes (room for its newline),
 *                 further bytes are dropped and BEL is echoed
 *   other control bytes are ignored.
 * A finished line is taken in pieces of any size; input is not fed while a
 * finished line waits (the caller reads no more from the device).
 *
 * Bytes come from the device through line_discipline_receive, also while nobody reads: each
 * waits in a queue of LINE_DISCIPLINE_QUEUE bytes (type-ahead; past that, bytes are dropped and
 * BEL is echoed, so the caller stops taking bytes from the device while the queue is full) and
 * is fed, and echoed, when a reader wants a line and no finished line waits
 * (line_discipline_next_queued): what is typed ahead shows when it is read, as before. With
 * signals on (a terminal's ISIG, on after init), Ctrl-C and Ctrl-\ are no input: the line
 * typed so far, a finished line not yet taken and the queue are discarded, "^C" or "^\" and a
 * line end are echoed, and the caller is told to signal the foreground process group.
 *
 * Two switches change that, as a terminal's ECHO and ICANON flags do
 * (line_discipline_set_mode): without echo nothing is echoed, the editing
 * stays; without canonical mode (raw) every byte, control bytes, CR and
 * Ctrl-D included, is taken as it came, unedited, each one a finished
 * "line" of one byte, echoed as itself when echo is on. Leaving canonical
 * mode with part of a line typed makes that part available at once.
 */
#ifndef KOITO_CONSOLE_LINE_DISCIPLINE_H
#define KOITO_CONSOLE_LINE_DISCIPLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LINE_DISCIPLINE_CAPACITY 256u
#define LINE_DISCIPLINE_QUEUE    256u
/* The most bytes one input byte echoes (Ctrl-U on a full line echoes more:
 * see line_discipline_input). */
#define LINE_DISCIPLINE_ECHO_MAX (3u * LINE_DISCIPLINE_CAPACITY)

struct line_discipline {
    uint8_t line[LINE_DISCIPLINE_CAPACITY];
    size_t length; /* bytes of the line */
    size_t taken;  /* of a finished line: bytes already taken */
    bool finished; /* the line is complete and waits to be taken */
    bool after_cr; /* the last byte was CR: a LF now is part of that line end */
    bool raw;      /* canonical mode off: bytes are taken as they came */
    bool quiet;    /* echo off */
    bool signals;  /* Ctrl-C and Ctrl-\ signal (ISIG) */
    uint8_t queue[LINE_DISCIPLINE_QUEUE]; /* bytes received behind a finished line */
    size_t queue_first;                   /* index of the oldest queued byte */
    size_t queued;                        /* how many are queued */
};

/* What a received byte asks of the caller (line_discipline_receive). */
enum line_discipline_signal {
    LINE_DISCIPLINE_NONE,      /* input: fed or queued */
    LINE_DISCIPLINE_INTERRUPT, /* Ctrl-C: send SIGINT to the foreground group */
    LINE_DISCIPLINE_QUIT,      /* Ctrl-\: send SIGQUIT to the foreground group */
};

/* An empty line in canonical mode with echo. */
void line_discipline_init(struct line_discipline *discipline);

/* Switch echo and canonical mode (both on after init). */
void line_discipline_set_mode(struct line_discipline *discipline, bool echo, bool canonical);

/* Signal characters on or off (a terminal's ISIG). */
void line_discipline_set_signals(struct line_discipline *discipline, bool signals);

/* A byte from the device: a signal character (signals on) discards all input and says which
 * signal; any other byte is queued. What to echo goes into `echo` (room for
 * LINE_DISCIPLINE_ECHO_MAX bytes), its length into *echoed. */
enum line_discipline_signal line_discipline_receive(struct line_discipline *discipline,
                                                    uint8_t byte, uint8_t *echo, size_t *echoed);

/* Whether the queue has room for another byte. */
bool line_discipline_can_receive(const struct line_discipline *discipline);

/* The oldest queued byte, to feed with line_discipline_input, when no finished line waits;
 * false when there is none or a finished line waits. */
bool line_discipline_next_queued(struct line_discipline *discipline, uint8_t *byte);

/* Feed one input byte; writes what to echo into `echo` (room for
 * LINE_DISCIPLINE_ECHO_MAX bytes) and returns its length. A byte fed while a
 * finished line waits is dropped (returns 0). */
size_t line_discipline_input(struct line_discipline *discipline, uint8_t byte, uint8_t *echo);

/* Whether a finished line waits to be taken. */
bool line_discipline_finished(const struct line_discipline *discipline);

/* Take up to `max` bytes of the finished line into `out`; returns how many
 * (0 for end of input). The line is done once all of it is taken, or at
 * once for end of input; then editing starts on a new line. Returns 0 and
 * changes nothing if no line is finished. */
size_t line_discipline_take(struct line_discipline *discipline, uint8_t *out, size_t max);

#endif

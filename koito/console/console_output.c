/*
 * The console's output lines (KOITO, console server core); see
 * console_output.h.
 */
#include "console_output.h"

#include <string.h>

void console_output_init(struct console_output *output, console_output_emit_t *emit, void *device)
{
    memset(output, 0, sizeof *output);
    output->emit = emit;
    output->device = device;
}

static struct console_output_line *console_output_find(struct console_output *output,
                                                       uint64_t client)
{
    for (unsigned i = 0; i < CONSOLE_OUTPUT_CLIENTS; i++) {
        if (output->lines[i].held && output->lines[i].client == client)
            return &output->lines[i];
    }
    return NULL;
}

/* Send a held line and release its buffer. */
static int console_output_send(struct console_output *output, struct console_output_line *line)
{
    int result = line->length ? output->emit(output->device, line->bytes, line->length) : 0;
    line->held = false;
    line->length = 0;
    return result;
}

/* The client's buffer, taking a free one or, if none is free, sending the
 * oldest unfinished line early to free its buffer. */
static struct console_output_line *console_output_take(struct console_output *output,
                                                       uint64_t client, int *result)
{
    struct console_output_line *line = console_output_find(output, client);
    if (line)
        return line;
    struct console_output_line *oldest = &output->lines[0];
    for (unsigned i = 0; i < CONSOLE_OUTPUT_CLIENTS && !line; i++) {
        if (!output->lines[i].held)
            line = &output->lines[i];
        else if (output->lines[i].since < oldest->since)
            oldest = &output->lines[i];
    }
    if (!line) {
        int sent = console_output_send(output, oldest);
        if (*result == 0)
            *result = sent;
        line = oldest;
    }
    line->held = true;
    line->client = client;
    line->since = output->clock++;
    line->length = 0;
    return line;
}

int console_output_write(struct console_output *output, uint64_t client, const uint8_t *data,
                         size_t length)
{
    int result = 0;
    size_t done = 0;
    while (done < length) {
        struct console_output_line *line = console_output_take(output, client, &result);
        /* Copy up to the end of the line or of the buffer, whichever is first. */
        size_t room = CONSOLE_OUTPUT_LINE - line->length;
        size_t count = length - done < room ? length - done : room;
        const uint8_t *newline = memchr(data + done, '\n', count);
        if (newline)
            count = (size_t)(newline - (data + done)) + 1;
        memcpy(line->bytes + line->length, data + done, count);
        line->length += count;
        done += count;
        if (newline || line->length == CONSOLE_OUTPUT_LINE) {
            int sent = console_output_send(output, line);
            if (result == 0)
                result = sent;
        }
    }
    return result;
}

int console_output_flush(struct console_output *output, uint64_t client)
{
    struct console_output_line *line = console_output_find(output, client);
    return line ? console_output_send(output, line) : 0;
}

size_t console_output_pending(const struct console_output *output, uint64_t client)
{
    for (unsigned i = 0; i < CONSOLE_OUTPUT_CLIENTS; i++) {
        if (output->lines[i].held && output->lines[i].client == client)
            return output->lines[i].length;
    }
    return 0;
}

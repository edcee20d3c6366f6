/*
 * The console's output lines (KOITO, console server core): every client's
 * output is collected into its own line buffer and goes to the device one
 * whole line at a time, so lines of different clients never mix. Pure logic
 * with no kernel calls, so it builds on the host too
 * (test/host/koito/console_output_test.c).
 *
 * A line goes out when it ends ('\n'), when it fills its buffer
 * (CONSOLE_OUTPUT_LINE bytes), or when its client flushes. Only clients with
 * an unfinished line hold a buffer; when all CONSOLE_OUTPUT_CLIENTS buffers
 * are held and yet another client writes, the longest-held unfinished line
 * is sent as it is to free its buffer (so under that load a line may be
 * split, never mixed inside a piece).
 */
#ifndef KOITO_CONSOLE_OUTPUT_H
#define KOITO_CONSOLE_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CONSOLE_OUTPUT_CLIENTS 16u
#define CONSOLE_OUTPUT_LINE    256u

/* Sends one piece of output to the device; returns 0, or non-zero if the
 * device failed (the piece is then lost and the error reported). */
typedef int console_output_emit_t(void *device, const uint8_t *bytes, size_t length);

struct console_output_line {
    bool held;
    uint64_t client;
    uint64_t since; /* when the line was started, for choosing which to send early */
    size_t length;
    uint8_t bytes[CONSOLE_OUTPUT_LINE];
};

struct console_output {
    struct console_output_line lines[CONSOLE_OUTPUT_CLIENTS];
    uint64_t clock; /* counts lines started */
    console_output_emit_t *emit;
    void *device;
};

void console_output_init(struct console_output *output, console_output_emit_t *emit, void *device);

/* Append `length` bytes of `client`'s output; returns 0 or the first
 * non-zero result of emit (the rest of the data is still processed). */
int console_output_write(struct console_output *output, uint64_t client, const uint8_t *data,
                         size_t length);

/* Send `client`'s unfinished line, if it has one; returns 0 or emit's error. */
int console_output_flush(struct console_output *output, uint64_t client);

/* The bytes of `client`'s unfinished line (0 if none). */
size_t console_output_pending(const struct console_output *output, uint64_t client);

#endif

/*
 * Tests of the console server (koito/console) through its protocol: output
 * lines of two clients that never mix (also from two threads writing at
 * once), flush, long writes, every error (signal_to's too), and line input typed by the test
 * script on QEMU's serial input (input.txt): plain lines, backspace,
 * kill-line, a line read in pieces and end of input; then the input modes
 * (set_attributes): raw input with and without echo, and back to lines.
 * What the console printed and echoed is checked in the serial log by
 * check_console.py.
 */
#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"
#include "services.h"
#include "tests.h"

#include <guest_test.h>
#include <koito/console.h>
#include <koito/protocol.h>
#include <koito/protocol/console.h>
#include <stdio.h>
#include <string.h>

#define TEXT(text) (text), (sizeof(text) - 1)

void test_console_write_lines(void)
{
    console_begin();
    a9n_descriptor_t a = scratch(SLOT_OUT_A), b = scratch(SLOT_OUT_B);
    GUEST_CHECK_EQ(koito_console_write(a, TEXT("console: first half from A, ")), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(b, TEXT("console: a whole line from B\n")),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(a, TEXT("second half from A\nconsole: prompt> ")),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_flush(a), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(b, TEXT("\n")), KOITO_CONSOLE_OK);
    /* A flush with nothing pending is fine. */
    GUEST_CHECK_EQ(koito_console_flush(b), KOITO_CONSOLE_OK);
    /* A long write through the IPC buffer: 1,024 bytes, lines of 64. */
    char text[KOITO_CONSOLE_WRITE_MAX];
    for (unsigned i = 0; i < sizeof text; i++)
        text[i] = i % 64 == 63 ? '\n' : (char)('a' + (i / 64) % 26);
    memcpy(text, "console: long ", 14);
    GUEST_CHECK_EQ(koito_console_write(a, text, sizeof text), KOITO_CONSOLE_OK);
    /* Longer than one request: koito_console_write_all sends it in pieces. */
    static char all[3000];
    for (unsigned line = 0; line < 30; line++) {
        memset(all + line * 100, '.', 99);
        all[line * 100 + 99] = '\n';
        char head[32];
        int length = snprintf(head, sizeof head, "console: write_all line %02u ", line);
        memcpy(all + line * 100, head, (size_t)length);
    }
    size_t written = 0;
    GUEST_CHECK_EQ(koito_console_write_all(a, all, sizeof all, &written), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(written, sizeof all);
    uint64_t attributes = 0;
    GUEST_CHECK_EQ(koito_console_get_attributes(a, &attributes), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL | KOITO_CONSOLE_ATTRIBUTE_ECHO |
                                   KOITO_CONSOLE_ATTRIBUTE_CANONICAL |
                                   KOITO_CONSOLE_ATTRIBUTE_SIGNALS);
    attributes = 0;
    GUEST_CHECK_EQ(koito_console_get_attributes(scratch(SLOT_IN_A), &attributes), KOITO_CONSOLE_OK);
    GUEST_CHECK(attributes & KOITO_CONSOLE_ATTRIBUTE_TERMINAL);
    console_end();
}

/* Threads 0 and 3 write as clients 1 and 2; each thread has its own IPC
 * buffer, so they build their requests there with koito_protocol_call (the
 * stubs use koito_ipc_buffer(), the test thread's). */
#define WRITER_LINES 20u

static enum a9n_error writer_send(uint64_t i, a9n_descriptor_t out, const char *text)
{
    uint64_t *buffer = helper_buffer((unsigned)i);
    uint64_t length = strlen(text);
    buffer[0] = KOITO_CONSOLE_WRITE;
    buffer[1] = length;
    koito_protocol_pack(buffer + 2, text, length);
    struct koito_protocol_exchange exchange =
        koito_protocol_exchange(2 + koito_protocol_data_words(length));
    enum a9n_error error = koito_protocol_call(out, buffer, &exchange);
    if (error == A9N_OK && (exchange.length != 1 || buffer[0] != KOITO_CONSOLE_OK))
        error = A9N_ERROR_INVALID_ARGUMENT;
    return error;
}

static void writer(uint64_t i)
{
    a9n_descriptor_t out = scratch(i == 0 ? SLOT_OUT_A : SLOT_OUT_B);
    /* Formatted by hand: these threads have no thread-local storage for libc. */
    char head[] = "console: thread T line NN ";
    for (unsigned line = 0; line < WRITER_LINES; line++) {
        head[16] = (char)('0' + i);
        head[23] = (char)('0' + line / 10);
        head[24] = (char)('0' + line % 10);
        const char *pieces[] = {head, "part two ", "part three\n"};
        for (unsigned p = 0; p < 3; p++) {
            if (writer_send(i, out, pieces[p]) != A9N_OK)
                helper_report[i].error++;
            /* Let the other writer in between the pieces of a line. */
            a9n_yield();
        }
    }
    helper_park(i);
}

static void writer_start(unsigned i)
{
    a9n_descriptor_t thread = thread_make(i, i, writer, i, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(i),
                                        A9N_THREAD_NO_RESOLVER),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
}

void test_console_concurrent_writers(void)
{
    console_begin();
    writer_start(0);
    writer_start(3);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    GUEST_CHECK_EQ(helper_report[3].done, 1);
    GUEST_CHECK_EQ(helper_report[0].error, 0);
    GUEST_CHECK_EQ(helper_report[3].error, 0);
    console_end();
}

void test_console_errors(void)
{
    console_begin();
    uint8_t line[KOITO_CONSOLE_LINE_MAX];
    uint64_t length = 99;
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_READ_ONLY), TEXT("no\n")),
                   KOITO_CONSOLE_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_console_flush(scratch(SLOT_OUT_READ_ONLY)), KOITO_CONSOLE_ERROR_NO_RIGHT);
    /* Each port serves its own requests only. */
    GUEST_CHECK_EQ(
        koito_console_read_line(scratch(SLOT_OUT_READ_ONLY), 8, line, sizeof line, &length),
        KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_IN_A), TEXT("no\n")),
                   KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_read_line(scratch(SLOT_IN_A), 0, line, sizeof line, &length),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(koito_console_read_line(scratch(SLOT_IN_A), KOITO_CONSOLE_LINE_MAX + 1, line,
                                           sizeof line, &length),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(length, 99);
    char text[KOITO_CONSOLE_WRITE_MAX + 1] = {0};
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_A), text, sizeof text),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t oversized[] = {KOITO_CONSOLE_WRITE, KOITO_CONSOLE_WRITE_MAX + 8, 0};
    GUEST_CHECK_EQ(raw_request(scratch(SLOT_OUT_A), oversized, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t flush_with_word[] = {KOITO_CONSOLE_FLUSH, 0};
    GUEST_CHECK_EQ(raw_request(scratch(SLOT_OUT_A), flush_with_word, 2, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t unknown[] = {KOITO_CONSOLE_PROTOCOL << 16 | 0xff};
    GUEST_CHECK_EQ(raw_request(scratch(SLOT_OUT_A), unknown, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_UNKNOWN_REQUEST);
    /* Without GRANT the kernel refuses to send a capability at all. */
    uint64_t flush[] = {KOITO_CONSOLE_FLUSH};
    GUEST_CHECK_EQ(raw_request(scratch(SLOT_OUT_A), flush, 1, scratch(SLOT_CONSOLE_LOCK)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* signal_to: the terminal right, a notification, a known signal, once each. */
    a9n_descriptor_t handed = scratch(SLOT_CONSOLE_HANDED);
    GUEST_CHECK_EQ(
        koito_console_signal_to(scratch(SLOT_IN_GRANT), KOITO_CONSOLE_SIGNAL_INTERRUPT, handed),
        KOITO_CONSOLE_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_console_signal_to(scratch(SLOT_IN_TERMINAL), 2, handed),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(koito_console_signal_to(scratch(SLOT_IN_TERMINAL),
                                           KOITO_CONSOLE_SIGNAL_INTERRUPT,
                                           scratch(SLOT_CONSOLE_OUTPUT)),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    uint64_t signal_only[] = {KOITO_CONSOLE_SIGNAL_TO, KOITO_CONSOLE_SIGNAL_INTERRUPT};
    GUEST_CHECK_EQ(raw_request(scratch(SLOT_IN_TERMINAL), signal_only, 2, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    GUEST_CHECK_EQ(
        koito_console_signal_to(scratch(SLOT_IN_TERMINAL), KOITO_CONSOLE_SIGNAL_INTERRUPT, handed),
        KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(
        koito_console_signal_to(scratch(SLOT_IN_TERMINAL), KOITO_CONSOLE_SIGNAL_INTERRUPT, handed),
        KOITO_CONSOLE_ERROR_BUSY);
    GUEST_CHECK_EQ(
        koito_console_signal_to(scratch(SLOT_IN_TERMINAL), KOITO_CONSOLE_SIGNAL_QUIT, handed),
        KOITO_CONSOLE_OK);
    uint64_t attributes = 0;
    GUEST_CHECK_EQ(koito_console_get_attributes(scratch(SLOT_IN_A), &attributes), KOITO_CONSOLE_OK);
    GUEST_CHECK(attributes & KOITO_CONSOLE_ATTRIBUTE_SIGNALS);
    /* The server still works. */
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_A), TEXT("console: still serving\n")),
                   KOITO_CONSOLE_OK);
    console_end();
}

/* Read one line of at most `max` bytes and check it is `expected`. */
static void check_read(uint64_t max, const char *expected)
{
    uint8_t line[KOITO_CONSOLE_LINE_MAX];
    uint64_t length = 1234;
    GUEST_CHECK_EQ(koito_console_read_line(scratch(SLOT_IN_A), max, line, sizeof line, &length),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(length, strlen(expected));
    GUEST_CHECK(length == strlen(expected) && memcmp(line, expected, length) == 0);
}

static void check_modes(void);

void test_console_read_lines(void)
{
    console_begin();
    /* What was typed before the UART was set up may be lost (its FIFO is
     * cleared then): the input opens with a line of padding, then "start". */
    uint8_t line[KOITO_CONSOLE_LINE_MAX];
    uint64_t length = 0;
    for (unsigned tries = 0; tries < 4; tries++) {
        GUEST_CHECK_EQ(
            koito_console_read_line(scratch(SLOT_IN_A), sizeof line, line, sizeof line, &length),
            KOITO_CONSOLE_OK);
        if (length == 6 && memcmp(line, "start\n", 6) == 0)
            break;
    }
    GUEST_CHECK(length == 6 && memcmp(line, "start\n", 6) == 0);
    /* The prompt of the reader goes out before the echo. */
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_A), TEXT("console: type> ")),
                   KOITO_CONSOLE_OK);
    check_read(KOITO_CONSOLE_LINE_MAX, "hello, console\n");
    check_read(KOITO_CONSOLE_LINE_MAX, "abc\n");  /* "abx", backspace, "c" */
    check_read(KOITO_CONSOLE_LINE_MAX, "kept\n"); /* "junk", Ctrl-U, "kept" */
    check_read(4, "a lo");                        /* "a long line" in pieces */
    check_read(KOITO_CONSOLE_LINE_MAX, "ng line\n");
    check_read(KOITO_CONSOLE_LINE_MAX, "crlf\n"); /* CR LF is one line end */
    check_read(KOITO_CONSOLE_LINE_MAX, "next\n");
    check_read(KOITO_CONSOLE_LINE_MAX, ""); /* Ctrl-D: end of input */
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_A), TEXT("console: input done\n")),
                   KOITO_CONSOLE_OK);
    check_modes();
    console_end();
}

/* After the lines: "q", DEL and "z" typed in raw mode (the first two echoed as they are, the
 * third not), then "back" and a newline in canonical mode again. Runs in the same session as
 * the lines (a new session resets the UART, losing what was typed). */
static void check_modes(void)
{
    const uint64_t lines = KOITO_CONSOLE_ATTRIBUTE_ECHO | KOITO_CONSOLE_ATTRIBUTE_CANONICAL |
                           KOITO_CONSOLE_ATTRIBUTE_SIGNALS;
    uint64_t attributes = 0;
    GUEST_CHECK_EQ(koito_console_get_attributes(scratch(SLOT_IN_A), &attributes), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL | lines);
    /* Errors: bits it does not know, the output port, a capability without READ. */
    GUEST_CHECK_EQ(koito_console_set_attributes(scratch(SLOT_IN_A), 16),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(koito_console_set_attributes(scratch(SLOT_OUT_A), 0),
                   KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_set_attributes(scratch(SLOT_IN_NO_READ), 0),
                   KOITO_CONSOLE_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_console_get_attributes(scratch(SLOT_OUT_A), &attributes),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL | lines);

    GUEST_CHECK_EQ(koito_console_set_attributes(scratch(SLOT_IN_A), KOITO_CONSOLE_ATTRIBUTE_ECHO),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_get_attributes(scratch(SLOT_OUT_A), &attributes),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL | KOITO_CONSOLE_ATTRIBUTE_ECHO);
    check_read(8, "q");
    check_read(8, "\x7f");
    GUEST_CHECK_EQ(
        koito_console_set_attributes(scratch(SLOT_IN_A), KOITO_CONSOLE_ATTRIBUTE_TERMINAL),
        KOITO_CONSOLE_OK);
    check_read(8, "z");
    GUEST_CHECK_EQ(koito_console_set_attributes(scratch(SLOT_IN_A), lines), KOITO_CONSOLE_OK);
    check_read(KOITO_CONSOLE_LINE_MAX, "back\n");
    GUEST_CHECK_EQ(koito_console_write(scratch(SLOT_OUT_A), TEXT("console: modes done\n")),
                   KOITO_CONSOLE_OK);
}

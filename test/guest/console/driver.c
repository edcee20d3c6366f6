/*
 * The console system suite's driver (in-guest tests of the console server as a process and of
 * the standard streams every process gets). It is the init program of console.conf beside this
 * file: it speaks the console protocol on its own standard stream capabilities (every request's
 * success and error paths) and starts the programs of child.c through the "spawn" grant; what
 * they print and what the console echoes is checked in the serial log by
 * check_console_system.py. Its exit status, the number of failed tests, ends the run.
 */
#include <a9n/a9n.h>
#include <guest_test.h>
#include <koito/console.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/protocol/console.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define TEXT(text) (text), (sizeof(text) - 1)

static a9n_descriptor_t stream(unsigned slot)
{
    return koito_slot(slot);
}

/* The standard streams are the console server's, each capability to the right port with the
 * process id, the stream and the one right it needs in its badge, and no right to receive. */
static void test_streams_are_console_capabilities(void)
{
    GUEST_CHECK_EQ(koito_aux_value(KOITO_AUX_STREAMS, KOITO_STREAMS_NONE), KOITO_STREAMS_CONSOLE);
    uint64_t pid = koito_aux_value(KOITO_AUX_PROCESS_ID, 0);
    static const struct {
        unsigned slot;
        uint64_t stream, right;
    } expected[] = {
        {KOITO_SLOT_STDIN, KOITO_CONSOLE_STREAM_INPUT, KOITO_CONSOLE_RIGHT_READ},
        {KOITO_SLOT_STDOUT, KOITO_CONSOLE_STREAM_OUTPUT, KOITO_CONSOLE_RIGHT_WRITE},
        {KOITO_SLOT_STDERR, KOITO_CONSOLE_STREAM_ERROR, KOITO_CONSOLE_RIGHT_WRITE},
    };
    for (unsigned i = 0; i < 3; i++) {
        enum a9n_object_type type = A9N_OBJECT_NONE;
        a9n_rights_t rights = 0;
        uint64_t badge = 0;
        GUEST_CHECK_EQ(a9n_node_inspect(koito_slot(KOITO_SLOT_NODE), stream(expected[i].slot),
                                        &type, &rights, &badge),
                       A9N_OK);
        GUEST_CHECK_EQ(type, A9N_OBJECT_IPC_PORT);
        GUEST_CHECK_EQ(rights, A9N_RIGHT_WRITE);
        GUEST_CHECK_EQ(badge, pid << KOITO_CONSOLE_CLIENT_SHIFT |
                                  expected[i].stream << KOITO_CONSOLE_STREAM_SHIFT |
                                  expected[i].right);
    }
}

static void test_requests_succeed(void)
{
    a9n_descriptor_t out = stream(KOITO_SLOT_STDOUT), err = stream(KOITO_SLOT_STDERR);
    GUEST_CHECK_EQ(koito_console_write(out, TEXT("console-suite: write request, ")),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(err, TEXT("console-suite: its own error line\n")),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(out, TEXT("one line\n")), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(out, TEXT("console-suite: flushed> ")), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_flush(out), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_write(out, TEXT("\n")), KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(koito_console_flush(err), KOITO_CONSOLE_OK); /* nothing pending: fine */
    for (unsigned slot = KOITO_SLOT_STDIN; slot <= KOITO_SLOT_STDERR; slot++) {
        uint64_t attributes = 0;
        GUEST_CHECK_EQ(koito_console_get_attributes(stream(slot), &attributes), KOITO_CONSOLE_OK);
        GUEST_CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL | KOITO_CONSOLE_ATTRIBUTE_ECHO |
                                       KOITO_CONSOLE_ATTRIBUTE_CANONICAL |
                                       KOITO_CONSOLE_ATTRIBUTE_SIGNALS);
    }
    /* libc's descriptors and stdio over the same capabilities. */
    GUEST_CHECK_EQ(write(1, TEXT("console-suite: write(1)\n")), 24);
    GUEST_CHECK_EQ(write(2, TEXT("console-suite: write(2)\n")), 24);
    GUEST_CHECK_EQ(isatty(0), 1);
    GUEST_CHECK(fprintf(stderr, "console-suite: %s\n", "fprintf(stderr)") > 0);
    GUEST_CHECK_EQ(fflush(stdout), 0);
}

/* A request longer than one message's bytes, one whole write_all of many lines. */
static void test_long_writes(void)
{
    static char text[3 * KOITO_CONSOLE_WRITE_MAX];
    for (unsigned i = 0; i < sizeof text; i++)
        text[i] = i % 100 == 99 ? '\n' : (char)('a' + (i / 100) % 26);
    for (unsigned line = 0; line < sizeof text / 100; line++)
        memcpy(text + line * 100, "console-suite: long ", 20);
    size_t written = 0;
    GUEST_CHECK_EQ(koito_console_write_all(stream(KOITO_SLOT_STDOUT), text, 30 * 100, &written),
                   KOITO_CONSOLE_OK);
    GUEST_CHECK_EQ(written, 3000);
    GUEST_CHECK_EQ(fwrite(text, 1, 3000, stdout), 3000);
}

static uint64_t raw(a9n_descriptor_t service, const uint64_t *words, uint64_t length,
                    a9n_descriptor_t capability)
{
    uint64_t *buffer = koito_ipc_buffer();
    memcpy(buffer, words, length * sizeof *words);
    struct koito_protocol_exchange exchange = koito_protocol_exchange(length);
    exchange.transfer = capability;
    enum a9n_error error = koito_protocol_call(service, buffer, &exchange);
    if (error != A9N_OK)
        return error;
    return exchange.length ? buffer[0] : UINT64_MAX;
}

static void test_requests_fail(void)
{
    a9n_descriptor_t in = stream(KOITO_SLOT_STDIN), out = stream(KOITO_SLOT_STDOUT);
    uint8_t line[KOITO_CONSOLE_LINE_MAX];
    uint64_t length = 77;
    /* Each port serves its own requests only (init mints every stream with the right its port's
     * requests need, so no_right cannot happen here: guest.services-suite mints such badges). */
    GUEST_CHECK_EQ(koito_console_write(in, TEXT("no\n")), KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_flush(in), KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_read_line(out, 8, line, sizeof line, &length),
                   KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_wait_line(out), KOITO_CONSOLE_ERROR_NOT_SUPPORTED);
    GUEST_CHECK_EQ(koito_console_read_line(in, 0, line, sizeof line, &length),
                   KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(
        koito_console_read_line(in, KOITO_CONSOLE_LINE_MAX + 1, line, sizeof line, &length),
        KOITO_CONSOLE_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(length, 77);
    static char big[KOITO_CONSOLE_WRITE_MAX + 1];
    GUEST_CHECK_EQ(koito_console_write(out, big, sizeof big),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t oversized[] = {KOITO_CONSOLE_WRITE, KOITO_CONSOLE_WRITE_MAX + 8, 0};
    GUEST_CHECK_EQ(raw(out, oversized, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t short_write[] = {KOITO_CONSOLE_WRITE, 16, 0};
    GUEST_CHECK_EQ(raw(out, short_write, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t flush_with_word[] = {KOITO_CONSOLE_FLUSH, 0};
    GUEST_CHECK_EQ(raw(out, flush_with_word, 2, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t read_without_max[] = {KOITO_CONSOLE_READ_LINE};
    GUEST_CHECK_EQ(raw(in, read_without_max, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t wait_with_word[] = {KOITO_CONSOLE_WAIT_LINE, 1};
    GUEST_CHECK_EQ(raw(in, wait_with_word, 2, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_MALFORMED_REQUEST);
    uint64_t unknown[] = {KOITO_CONSOLE_PROTOCOL << 16 | 9};
    GUEST_CHECK_EQ(raw(out, unknown, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_UNKNOWN_REQUEST);
    GUEST_CHECK_EQ(raw(in, unknown, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_CONSOLE_ERROR_UNKNOWN_REQUEST);
    /* The streams cannot carry capabilities: the kernel refuses without reaching the server. */
    uint64_t flush[] = {KOITO_CONSOLE_FLUSH};
    GUEST_CHECK_EQ(raw(out, flush, 1, koito_slot(KOITO_SLOT_THREAD)),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* libc: descriptors that are not the console's. */
    GUEST_CHECK_EQ(write(0, TEXT("x")), -1);
    GUEST_CHECK_EQ(write(7, TEXT("x")), -1);
    char byte;
    GUEST_CHECK_EQ(read(1, &byte, 1), -1);
    /* The console still serves. */
    GUEST_CHECK_EQ(koito_console_write(out, TEXT("console-suite: still serving\n")),
                   KOITO_CONSOLE_OK);
}

static struct koito_exit wait_for(uint32_t pid)
{
    struct koito_exit exit = {.killed = true, .value = 0xdead};
    GUEST_CHECK_EQ(koito_spawn_wait(pid, &exit), A9N_OK);
    return exit;
}

/* Two programs write many lines at once, in pieces; the log check finds every line whole. */
static void test_concurrent_writers(void)
{
    uint32_t a = 0, b = 0;
    GUEST_CHECK_EQ(koito_spawn("writer-a", &a), A9N_OK);
    GUEST_CHECK_EQ(koito_spawn("writer-b", &b), A9N_OK);
    struct koito_exit exit = wait_for(a);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    exit = wait_for(b);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

/* A line left without its newline goes out when its program exits. */
static void test_unfinished_line_at_exit(void)
{
    uint32_t pid = 0;
    GUEST_CHECK_EQ(koito_spawn("unfinished", &pid), A9N_OK);
    struct koito_exit exit = wait_for(pid);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    printf("\nconsole-suite: after unfinished\n");
}

/* The reader reads the typed lines (input.txt): 5 before the first end of input, 1 after, and
 * after three raw bytes, 1 more. */
static void test_reader(void)
{
    uint32_t pid = 0;
    GUEST_CHECK_EQ(koito_spawn("reader", &pid), A9N_OK);
    struct koito_exit exit = wait_for(pid);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 7);
}

int main(void)
{
    static const struct guest_test tests[] = {
        {"streams_are_console_capabilities", test_streams_are_console_capabilities},
        {"requests_succeed", test_requests_succeed},
        {"long_writes", test_long_writes},
        {"requests_fail", test_requests_fail},
        {"concurrent_writers", test_concurrent_writers},
        {"unfinished_line_at_exit", test_unfinished_line_at_exit},
        {"reader", test_reader},
    };
    return guest_test_run("console-system", tests, sizeof tests / sizeof tests[0]);
}

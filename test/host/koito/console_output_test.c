/*
 * Host unit tests of the console's output lines
 * (koito/console/console_output.c): lines go out whole, per client, on a
 * newline, a full buffer or a flush; more clients than buffers; device
 * errors are reported.
 */
#include "console_output.h"

#include <check.h>
#include <string.h>

#define PIECES 64

/* What the fake device received: each emitted piece. */
static struct {
    char bytes[PIECES][CONSOLE_OUTPUT_LINE + 1];
    size_t count;
    int fail;
} device;

static int emit(void *context, const uint8_t *bytes, size_t length)
{
    CHECK(context == &device);
    CHECK(length > 0 && length <= CONSOLE_OUTPUT_LINE);
    if (device.count < PIECES && length <= CONSOLE_OUTPUT_LINE) {
        memcpy(device.bytes[device.count], bytes, length);
        device.bytes[device.count][length] = 0;
        device.count++;
    }
    return device.fail;
}

static void begin(struct console_output *output)
{
    memset(&device, 0, sizeof device);
    console_output_init(output, emit, &device);
}

static int write_text(struct console_output *output, uint64_t client, const char *text)
{
    return console_output_write(output, client, (const uint8_t *)text, strlen(text));
}

static void test_lines_do_not_mix(void)
{
    struct console_output out;
    begin(&out);
    CHECK_EQ(write_text(&out, 1, "hello, "), 0);
    CHECK_EQ(write_text(&out, 2, "other "), 0);
    CHECK_EQ(device.count, 0);
    CHECK_EQ(console_output_pending(&out, 1), 7);
    CHECK_EQ(write_text(&out, 2, "line\nand "), 0);
    CHECK_EQ(write_text(&out, 1, "world\nsecond\nthird"), 0);
    CHECK_EQ(device.count, 3);
    CHECK(strcmp(device.bytes[0], "other line\n") == 0);
    CHECK(strcmp(device.bytes[1], "hello, world\n") == 0);
    CHECK(strcmp(device.bytes[2], "second\n") == 0);
    CHECK_EQ(console_output_pending(&out, 1), 5);
    CHECK_EQ(console_output_flush(&out, 1), 0);
    CHECK(strcmp(device.bytes[3], "third") == 0);
    CHECK_EQ(console_output_pending(&out, 1), 0);
    /* Flushing a client with nothing pending sends nothing. */
    CHECK_EQ(console_output_flush(&out, 1), 0);
    CHECK_EQ(console_output_flush(&out, 9), 0);
    CHECK_EQ(device.count, 4);
    CHECK_EQ(console_output_pending(&out, 2), 4);
}

static void test_full_buffer(void)
{
    struct console_output out;
    begin(&out);
    char text[CONSOLE_OUTPUT_LINE + 20];
    memset(text, 'a', sizeof text);
    CHECK_EQ(console_output_write(&out, 1, (const uint8_t *)text, sizeof text), 0);
    CHECK_EQ(device.count, 1);
    CHECK_EQ(strlen(device.bytes[0]), CONSOLE_OUTPUT_LINE);
    CHECK_EQ(console_output_pending(&out, 1), 20);
}

static void test_more_clients_than_buffers(void)
{
    struct console_output out;
    begin(&out);
    char text[16];
    for (unsigned i = 0; i < CONSOLE_OUTPUT_CLIENTS; i++) {
        snprintf(text, sizeof text, "c%u", i);
        CHECK_EQ(write_text(&out, i, text), 0);
    }
    CHECK_EQ(device.count, 0);
    /* One more client: the oldest unfinished line (client 0's) goes out early. */
    CHECK_EQ(write_text(&out, 100, "new"), 0);
    CHECK_EQ(device.count, 1);
    CHECK(strcmp(device.bytes[0], "c0") == 0);
    CHECK_EQ(console_output_pending(&out, 0), 0);
    CHECK_EQ(console_output_pending(&out, 100), 3);
    CHECK_EQ(write_text(&out, 5, " end\n"), 0);
    CHECK(strcmp(device.bytes[1], "c5 end\n") == 0);
}

static void test_device_error(void)
{
    struct console_output out;
    begin(&out);
    device.fail = 1;
    CHECK(write_text(&out, 1, "a\nb\n") != 0);
    /* Both lines were still offered to the device, and nothing stays held. */
    CHECK_EQ(device.count, 2);
    CHECK_EQ(console_output_pending(&out, 1), 0);
    CHECK_EQ(write_text(&out, 1, "c"), 0);
    CHECK(console_output_flush(&out, 1) != 0);
}

int main(void)
{
    test_lines_do_not_mix();
    test_full_buffer();
    test_more_clients_than_buffers();
    test_device_error();
    return check_summary();
}

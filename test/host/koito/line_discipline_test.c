/*
 * Host unit tests of the console's line discipline
 * (koito/console/line_discipline.c): echo, backspace, line ends (CR, LF,
 * CR LF), end of input, kill line, a full line, taking a line in pieces, the two mode
 * switches (echo off, raw mode), the type-ahead queue and the signal characters.
 */
#include "line_discipline.h"

#include <check.h>
#include <string.h>

static uint8_t echo[LINE_DISCIPLINE_ECHO_MAX];
static char echoed[4096];
static size_t echoed_length;

/* Feed text; collect the echo. */
static void type(struct line_discipline *discipline, const char *text, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        size_t n = line_discipline_input(discipline, (uint8_t)text[i], echo);
        CHECK(n <= LINE_DISCIPLINE_ECHO_MAX);
        CHECK(echoed_length + n < sizeof echoed);
        memcpy(echoed + echoed_length, echo, n);
        echoed_length += n;
    }
}

static void begin(struct line_discipline *discipline)
{
    line_discipline_init(discipline);
    echoed_length = 0;
}

/* Check the finished line is `expected` (taken whole). */
static void check_line(struct line_discipline *discipline, const char *expected)
{
    uint8_t out[LINE_DISCIPLINE_CAPACITY];
    CHECK(line_discipline_finished(discipline));
    size_t n = line_discipline_take(discipline, out, sizeof out);
    CHECK_EQ(n, strlen(expected));
    CHECK(n == strlen(expected) && memcmp(out, expected, n) == 0);
    CHECK(!line_discipline_finished(discipline));
}

static void check_echo(const char *expected, size_t length)
{
    CHECK_EQ(echoed_length, length);
    CHECK(echoed_length == length && memcmp(echoed, expected, length) == 0);
}

/* The echo was exactly the string literal `literal`. */
#define CHECK_ECHO(literal) check_echo(literal, sizeof(literal) - 1)

static void test_echo_and_newline(void)
{
    struct line_discipline d;
    begin(&d);
    type(&d, "ls -l", 5);
    CHECK(!line_discipline_finished(&d));
    type(&d, "\n", 1);
    CHECK_ECHO("ls -l\r\n");
    check_line(&d, "ls -l\n");
    /* CR ends a line too, and the LF after it is not an empty line. */
    begin(&d);
    type(&d, "a\r", 2);
    check_line(&d, "a\n");
    type(&d, "\nb\r\n", 4);
    check_line(&d, "b\n");
    CHECK_ECHO("a\r\nb\r\n");
    /* An empty line is a newline alone. */
    begin(&d);
    type(&d, "\n", 1);
    check_line(&d, "\n");
}

static void test_backspace(void)
{
    struct line_discipline d;
    begin(&d);
    type(&d, "cat\b\bow\x7f", 8);
    type(&d, "\n", 1);
    CHECK_ECHO("cat\b \b\b \bow\b \b\r\n");
    check_line(&d, "co\n");
    /* Backspace on an empty line echoes nothing. */
    begin(&d);
    type(&d, "\b\x7fx\n", 4);
    CHECK_ECHO("x\r\n");
    check_line(&d, "x\n");
    /* Ctrl-U kills the line. */
    begin(&d);
    type(&d, "ab\x15z\n", 5);
    CHECK_ECHO("ab\b \b\b \bz\r\n");
    check_line(&d, "z\n");
}

static void test_end_of_input(void)
{
    struct line_discipline d;
    uint8_t out[8];
    begin(&d);
    type(&d, "\x04", 1);
    CHECK(line_discipline_finished(&d));
    CHECK_EQ(line_discipline_take(&d, out, sizeof out), 0);
    CHECK(!line_discipline_finished(&d));
    /* Ctrl-D after text ends the line without a newline. */
    type(&d, "ab\x04", 3);
    check_line(&d, "ab");
    CHECK_ECHO("ab");
}

static void test_controls_ignored(void)
{
    struct line_discipline d;
    begin(&d);
    type(&d,
         "a\x01\x1b"
         "b\tc\xc3\xa9\n",
         9);
    CHECK_ECHO("ab\tc\xc3\xa9\r\n");
    check_line(&d, "ab\tc\xc3\xa9\n");
}

static void test_full_line(void)
{
    struct line_discipline d;
    begin(&d);
    char text[LINE_DISCIPLINE_CAPACITY + 10];
    memset(text, 'x', sizeof text);
    type(&d, text, sizeof text);
    /* Room for CAPACITY - 1 bytes and the newline; the rest rang the bell. */
    CHECK_EQ(echoed_length, sizeof text);
    CHECK_EQ(echoed[LINE_DISCIPLINE_CAPACITY - 2], 'x');
    CHECK_EQ(echoed[LINE_DISCIPLINE_CAPACITY - 1], '\a');
    CHECK_EQ(echoed[sizeof text - 1], '\a');
    type(&d, "\n", 1);
    uint8_t out[LINE_DISCIPLINE_CAPACITY];
    CHECK_EQ(line_discipline_take(&d, out, sizeof out), LINE_DISCIPLINE_CAPACITY);
    CHECK_EQ(out[LINE_DISCIPLINE_CAPACITY - 1], '\n');
    /* Ctrl-U on a full line echoes within the bound. */
    begin(&d);
    type(&d, text, LINE_DISCIPLINE_CAPACITY - 1);
    type(&d, "\x15", 1);
    CHECK_EQ(echoed_length, LINE_DISCIPLINE_CAPACITY - 1 + 3 * (LINE_DISCIPLINE_CAPACITY - 1));
}

static void test_pieces(void)
{
    struct line_discipline d;
    uint8_t out[8];
    begin(&d);
    type(&d, "hello\n", 6);
    CHECK_EQ(line_discipline_take(&d, out, 4), 4);
    CHECK(memcmp(out, "hell", 4) == 0);
    CHECK(line_discipline_finished(&d));
    /* Input waits while a finished line is taken. */
    CHECK_EQ(line_discipline_input(&d, 'z', echo), 0);
    CHECK_EQ(line_discipline_take(&d, out, 4), 2);
    CHECK(memcmp(out, "o\n", 2) == 0);
    CHECK(!line_discipline_finished(&d));
    CHECK_EQ(line_discipline_take(&d, out, 4), 0);
    type(&d, "q\n", 2);
    check_line(&d, "q\n");
}

static void test_echo_off(void)
{
    struct line_discipline d;
    begin(&d);
    line_discipline_set_mode(&d, false, true);
    type(&d, "pasx\bs\n", 7);
    CHECK_EQ(echoed_length, 0);
    check_line(&d, "pass\n");
    /* The mode outlives the line. */
    type(&d, "x\n", 2);
    CHECK_EQ(echoed_length, 0);
    check_line(&d, "x\n");
    line_discipline_set_mode(&d, true, true);
    type(&d, "y\r", 2);
    CHECK_EQ(echoed_length, 3);
    CHECK(memcmp(echoed, "y\r\n", 3) == 0);
    check_line(&d, "y\n");
}

static void test_raw_mode(void)
{
    struct line_discipline d;
    begin(&d);
    line_discipline_set_mode(&d, true, false);
    /* Every byte is taken as it came, control bytes too, each at once. */
    static const char bytes[] = {'a', '\r', 0x04, 0x7f, 0x1b, 0x03};
    for (size_t i = 0; i < sizeof bytes; i++) {
        type(&d, &bytes[i], 1);
        uint8_t out[4];
        CHECK(line_discipline_finished(&d));
        CHECK_EQ(line_discipline_take(&d, out, sizeof out), 1);
        CHECK_EQ(out[0], (uint8_t)bytes[i]);
        CHECK(!line_discipline_finished(&d));
    }
    CHECK_EQ(echoed_length, sizeof bytes);
    CHECK(memcmp(echoed, bytes, sizeof bytes) == 0);
    /* Raw and quiet: nothing echoed. */
    line_discipline_set_mode(&d, false, false);
    echoed_length = 0;
    type(&d, "k", 1);
    CHECK_EQ(echoed_length, 0);
    check_line(&d, "k");
}

static void test_raw_mode_takes_a_partial_line(void)
{
    struct line_discipline d;
    begin(&d);
    type(&d, "ab", 2);
    CHECK(!line_discipline_finished(&d));
    line_discipline_set_mode(&d, true, false);
    check_line(&d, "ab");
    /* Back in canonical mode, lines are edited again. */
    line_discipline_set_mode(&d, true, true);
    type(&d, "cd\b\n", 4);
    check_line(&d, "c\n");
}

/* Bytes from the device, as the console server passes them; the signal of the last one. */
static enum line_discipline_signal receive(struct line_discipline *discipline, const char *text,
                                           size_t length)
{
    enum line_discipline_signal signal = LINE_DISCIPLINE_NONE;
    for (size_t i = 0; i < length; i++) {
        size_t n = 0;
        signal = line_discipline_receive(discipline, (uint8_t)text[i], echo, &n);
        CHECK(n <= LINE_DISCIPLINE_ECHO_MAX);
        CHECK(echoed_length + n < sizeof echoed);
        memcpy(echoed + echoed_length, echo, n);
        echoed_length += n;
    }
    return signal;
}

/* Feed the queued bytes as a reader would, until a line is finished or none is left. */
static void feed_queued(struct line_discipline *discipline)
{
    uint8_t byte;
    while (line_discipline_next_queued(discipline, &byte))
        type(discipline, (const char *)&byte, 1);
}

static void test_type_ahead_waits_in_the_queue(void)
{
    struct line_discipline d;
    begin(&d);
    /* Received bytes wait, unechoed, until a reader feeds them: one line at a time. */
    CHECK_EQ(receive(&d, "one\ntwo\n", 8), LINE_DISCIPLINE_NONE);
    CHECK_EQ(echoed_length, 0);
    CHECK(!line_discipline_finished(&d));
    feed_queued(&d);
    CHECK_ECHO("one\r\n");
    check_line(&d, "one\n");
    feed_queued(&d);
    check_line(&d, "two\n");
    uint8_t byte;
    CHECK(!line_discipline_next_queued(&d, &byte));
    /* A full queue takes no more: BEL. */
    begin(&d);
    for (unsigned i = 0; i < LINE_DISCIPLINE_QUEUE; i++)
        receive(&d, "x", 1);
    CHECK(!line_discipline_can_receive(&d));
    CHECK_EQ(echoed_length, 0);
    receive(&d, "y", 1);
    CHECK_ECHO("\a");
}

static void test_signal_characters(void)
{
    struct line_discipline d;
    begin(&d);
    /* ^C discards the line being typed, a finished line and the queue, and echoes "^C". */
    receive(&d, "done\npart", 9);
    feed_queued(&d);
    CHECK(line_discipline_finished(&d));
    echoed_length = 0;
    CHECK_EQ(receive(&d, "\x03", 1), LINE_DISCIPLINE_INTERRUPT);
    CHECK_ECHO("^C\r\n");
    CHECK(!line_discipline_finished(&d));
    uint8_t byte;
    CHECK(!line_discipline_next_queued(&d, &byte));
    echoed_length = 0;
    CHECK_EQ(receive(&d, "ab\x1c", 3), LINE_DISCIPLINE_QUIT);
    CHECK_ECHO("^\\\r\n");
    CHECK(!line_discipline_next_queued(&d, &byte));
    /* Quiet: no echo, the signal still. */
    line_discipline_set_mode(&d, false, true);
    echoed_length = 0;
    CHECK_EQ(receive(&d, "\x03", 1), LINE_DISCIPLINE_INTERRUPT);
    CHECK_EQ(echoed_length, 0);
    /* Signals off (raw, as a line editor wants): ^C is a byte like any other. */
    line_discipline_set_mode(&d, true, false);
    line_discipline_set_signals(&d, false);
    CHECK_EQ(receive(&d, "\x03", 1), LINE_DISCIPLINE_NONE);
    feed_queued(&d);
    check_line(&d, "\x03");
}

int main(void)
{
    test_echo_and_newline();
    test_backspace();
    test_end_of_input();
    test_controls_ignored();
    test_full_line();
    test_pieces();
    test_echo_off();
    test_raw_mode();
    test_raw_mode_takes_a_partial_line();
    test_type_ahead_waits_in_the_queue();
    test_signal_characters();
    return check_summary();
}

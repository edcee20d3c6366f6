/*
 * Unit tests of koito-sh's line editor (host test, ASan + UBSan): typing,
 * cursor movement by arrows and control keys, insertion and deletion in the
 * middle, history browsing that keeps the draft, end of input and ^C.
 */
#include "check.h"
#include "line_editor.h"

#include <string.h>

static enum line_editor_event feed(struct line_editor *editor, const char *bytes)
{
    enum line_editor_event last = LINE_EDITOR_UNCHANGED;
    for (const char *p = bytes; *p; p++)
        last = line_editor_feed(editor, (unsigned char)*p);
    return last;
}

static void test_typing_and_moving(void)
{
    struct line_editor editor;
    line_editor_start(&editor, NULL);
    CHECK_EQ(feed(&editor, "echo hi"), LINE_EDITOR_CHANGED);
    CHECK(strcmp(editor.text, "echo hi") == 0);
    CHECK_EQ(editor.cursor, 7);
    feed(&editor, "\x1b[D\x1b[D");
    CHECK_EQ(editor.cursor, 5);
    feed(&editor, "X");
    CHECK(strcmp(editor.text, "echo Xhi") == 0);
    feed(&editor, "\x7f\x7f");
    CHECK(strcmp(editor.text, "echohi") == 0);
    CHECK_EQ(editor.cursor, 4);
    feed(&editor, " ");
    feed(&editor, "\x1b[C\x1b[C\x1b[C");
    CHECK_EQ(editor.cursor, 7);
    feed(&editor, "\x01");
    CHECK_EQ(editor.cursor, 0);
    CHECK_EQ(feed(&editor, "\x7f"), LINE_EDITOR_UNCHANGED);
    CHECK_EQ(feed(&editor, "\x1b[D"), LINE_EDITOR_UNCHANGED);
    feed(&editor, "\x05");
    CHECK_EQ(editor.cursor, 7);
    feed(&editor, "\x1b[H");
    CHECK_EQ(editor.cursor, 0);
    feed(&editor, "\x1b[F");
    CHECK_EQ(editor.cursor, 7);
    CHECK_EQ(feed(&editor, "\x1b[3~"), LINE_EDITOR_UNCHANGED);
    CHECK(strcmp(editor.text, "echo hi") == 0);
    CHECK_EQ(feed(&editor, "\r"), LINE_EDITOR_DONE);
    CHECK(strcmp(editor.text, "echo hi") == 0);
}

static void test_history(void)
{
    struct history history = {0};
    history_add(&history, "first");
    history_add(&history, "second");
    history_add(&history, "second");
    history_add(&history, "");
    CHECK_EQ(history.count, 2);

    struct line_editor editor;
    line_editor_start(&editor, &history);
    feed(&editor, "draft");
    CHECK_EQ(feed(&editor, "\x1b[A"), LINE_EDITOR_CHANGED);
    CHECK(strcmp(editor.text, "second") == 0);
    CHECK_EQ(editor.cursor, 6);
    feed(&editor, "\x1b[A");
    CHECK(strcmp(editor.text, "first") == 0);
    CHECK_EQ(feed(&editor, "\x1b[A"), LINE_EDITOR_UNCHANGED);
    feed(&editor, "\x1b[B\x1b[B");
    CHECK(strcmp(editor.text, "draft") == 0);
    CHECK_EQ(feed(&editor, "\x1b[B"), LINE_EDITOR_UNCHANGED);
    feed(&editor, "\x10");
    CHECK(strcmp(editor.text, "second") == 0);
    feed(&editor, "\x0e");
    CHECK(strcmp(editor.text, "draft") == 0);

    for (int i = 0; i < HISTORY_SIZE + 5; i++) {
        char line[16];
        snprintf(line, sizeof line, "line %d", i);
        history_add(&history, line);
    }
    CHECK_EQ(history.count, HISTORY_SIZE);
    CHECK(strcmp(history.lines[0], "line 5") == 0);
    history_clear(&history);
    CHECK_EQ(history.count, 0);
}

static void test_end_and_interrupt(void)
{
    struct line_editor editor;
    line_editor_start(&editor, NULL);
    CHECK_EQ(feed(&editor, "\x04"), LINE_EDITOR_EOF);
    feed(&editor, "abc");
    CHECK_EQ(feed(&editor, "\x04"), LINE_EDITOR_UNCHANGED);
    CHECK_EQ(feed(&editor, "\x03"), LINE_EDITOR_INTERRUPT);
    CHECK_EQ(editor.length, 0);
    feed(&editor, "abc\x15");
    CHECK_EQ(editor.length, 0);
    CHECK_EQ(feed(&editor, "\x07"), LINE_EDITOR_UNCHANGED);

    char long_line[LINE_EDITOR_MAX + 10];
    memset(long_line, 'x', sizeof long_line - 1);
    long_line[sizeof long_line - 1] = '\0';
    feed(&editor, long_line);
    CHECK_EQ(editor.length, LINE_EDITOR_MAX - 1);
}

int main(void)
{
    test_typing_and_moving();
    test_history();
    test_end_and_interrupt();
    return check_summary();
}

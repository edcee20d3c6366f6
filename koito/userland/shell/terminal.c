/* The interactive prompt of koito-sh (userland, shell): see terminal.h. */
#include "terminal.h"

#include "line_editor.h"
#include "memory.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static void terminal_write(const char *text, size_t length)
{
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        text += written;
        length -= (size_t)written;
    }
}

/* Redraws the prompt and line, then puts the cursor where the editor has it. */
static void terminal_draw(const char *prompt, const struct line_editor *editor)
{
    terminal_write("\r", 1);
    terminal_write(prompt, strlen(prompt));
    terminal_write(editor->text, editor->length);
    terminal_write("\x1b[K", 3);
    size_t back = editor->length - editor->cursor;
    if (back > 0) {
        char move[32];
        int length = snprintf(move, sizeof move, "\x1b[%zuD", back);
        terminal_write(move, (size_t)length);
    }
}

char *terminal_read_line(const char *prompt, const struct history *history)
{
    struct termios saved, raw;
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return NULL;
    raw = saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG);
    raw.c_iflag &= ~(tcflag_t)(ICRNL | IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw);

    struct line_editor *editor = memory_alloc(sizeof *editor);
    line_editor_start(editor, history);
    terminal_write(prompt, strlen(prompt));
    char *line = NULL;
    for (;;) {
        unsigned char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        enum line_editor_event event = line_editor_feed(editor, byte);
        if (event == LINE_EDITOR_CHANGED)
            terminal_draw(prompt, editor);
        if (event == LINE_EDITOR_DONE || event == LINE_EDITOR_INTERRUPT) {
            terminal_write(event == LINE_EDITOR_INTERRUPT ? "^C\r\n" : "\r\n",
                           event == LINE_EDITOR_INTERRUPT ? 4 : 2);
            line = memory_strndup(editor->text, editor->length);
            break;
        }
        if (event == LINE_EDITOR_EOF) {
            terminal_write("\r\n", 2);
            break;
        }
    }
    free(editor);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

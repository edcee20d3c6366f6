/*
 * The line editor of koito-sh (userland, shell): the state machine behind
 * the interactive prompt, fed one input byte at a time. It knows nothing of
 * terminals (terminal.c draws it), so it is unit tested on the host.
 *
 * Keys: printable characters insert at the cursor; Backspace (DEL or ^H)
 * deletes before it; Left/Right (ESC [ D / ESC [ C, or ^B/^F) move it;
 * Home/End (^A/^E, ESC [ H / ESC [ F) jump; Up/Down (ESC [ A / ESC [ B, or
 * ^P/^N) walk the history, keeping the line being typed; ^U clears; Enter
 * ends the line; ^D on an empty line is end of input; ^C abandons the line.
 */
#ifndef KOITO_SH_LINE_EDITOR_H
#define KOITO_SH_LINE_EDITOR_H

#include "history.h"

#include <stdbool.h>
#include <stddef.h>

#define LINE_EDITOR_MAX 4096

enum line_editor_event {
    LINE_EDITOR_CHANGED,   /* redraw the line */
    LINE_EDITOR_UNCHANGED, /* nothing to draw (part of an escape sequence, or refused) */
    LINE_EDITOR_DONE,      /* Enter: the line is in .text */
    LINE_EDITOR_EOF,       /* ^D on an empty line */
    LINE_EDITOR_INTERRUPT, /* ^C: the line was abandoned */
};

struct line_editor {
    char text[LINE_EDITOR_MAX];
    size_t length, cursor;
    const struct history *history;
    size_t history_index;        /* == history->count: the line being typed */
    char draft[LINE_EDITOR_MAX]; /* the line being typed, while browsing history */
    int escape_state;            /* 0, 1 after ESC, 2 after ESC [ */
};

void line_editor_start(struct line_editor *editor, const struct history *history);
enum line_editor_event line_editor_feed(struct line_editor *editor, unsigned char byte);

#endif

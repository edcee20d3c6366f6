/* The line editor of koito-sh (userland, shell): see line_editor.h. */
#include "line_editor.h"

#include <string.h>

void line_editor_start(struct line_editor *editor, const struct history *history)
{
    editor->text[0] = '\0';
    editor->length = editor->cursor = 0;
    editor->history = history;
    editor->history_index = history ? history->count : 0;
    editor->draft[0] = '\0';
    editor->escape_state = 0;
}

static void line_editor_set(struct line_editor *editor, const char *text)
{
    size_t length = strlen(text);
    if (length >= LINE_EDITOR_MAX)
        length = LINE_EDITOR_MAX - 1;
    memcpy(editor->text, text, length);
    editor->text[length] = '\0';
    editor->length = editor->cursor = length;
}

/* Moves through history by delta (-1 older, +1 newer). */
static enum line_editor_event line_editor_browse(struct line_editor *editor, int delta)
{
    const struct history *history = editor->history;
    if (!history)
        return LINE_EDITOR_UNCHANGED;
    if (delta < 0 && editor->history_index == 0)
        return LINE_EDITOR_UNCHANGED;
    if (delta > 0 && editor->history_index >= history->count)
        return LINE_EDITOR_UNCHANGED;
    if (editor->history_index == history->count)
        memcpy(editor->draft, editor->text, editor->length + 1);
    editor->history_index = delta < 0 ? editor->history_index - 1 : editor->history_index + 1;
    line_editor_set(editor, editor->history_index == history->count
                                ? editor->draft
                                : history->lines[editor->history_index]);
    return LINE_EDITOR_CHANGED;
}

static enum line_editor_event line_editor_insert(struct line_editor *editor, char c)
{
    if (editor->length + 1 >= LINE_EDITOR_MAX)
        return LINE_EDITOR_UNCHANGED;
    memmove(editor->text + editor->cursor + 1, editor->text + editor->cursor,
            editor->length - editor->cursor + 1);
    editor->text[editor->cursor++] = c;
    editor->length++;
    return LINE_EDITOR_CHANGED;
}

static enum line_editor_event line_editor_backspace(struct line_editor *editor)
{
    if (editor->cursor == 0)
        return LINE_EDITOR_UNCHANGED;
    memmove(editor->text + editor->cursor - 1, editor->text + editor->cursor,
            editor->length - editor->cursor + 1);
    editor->cursor--;
    editor->length--;
    return LINE_EDITOR_CHANGED;
}

static enum line_editor_event line_editor_move(struct line_editor *editor, size_t to)
{
    if (to == editor->cursor)
        return LINE_EDITOR_UNCHANGED;
    editor->cursor = to;
    return LINE_EDITOR_CHANGED;
}

/* The final byte of ESC [ ... : arrows, Home and End. */
static enum line_editor_event line_editor_escape(struct line_editor *editor, unsigned char byte)
{
    switch (byte) {
    case 'A':
        return line_editor_browse(editor, -1);
    case 'B':
        return line_editor_browse(editor, 1);
    case 'C':
        return line_editor_move(editor, editor->cursor < editor->length ? editor->cursor + 1
                                                                        : editor->cursor);
    case 'D':
        return line_editor_move(editor, editor->cursor > 0 ? editor->cursor - 1 : 0);
    case 'H':
        return line_editor_move(editor, 0);
    case 'F':
        return line_editor_move(editor, editor->length);
    default:
        return LINE_EDITOR_UNCHANGED;
    }
}

enum line_editor_event line_editor_feed(struct line_editor *editor, unsigned char byte)
{
    if (editor->escape_state == 1) {
        editor->escape_state = byte == '[' || byte == 'O' ? 2 : 0;
        return LINE_EDITOR_UNCHANGED;
    }
    if (editor->escape_state == 2) {
        /* Parameters (digits, ';') come before the final byte. */
        if ((byte >= '0' && byte <= '9') || byte == ';')
            return LINE_EDITOR_UNCHANGED;
        editor->escape_state = 0;
        return line_editor_escape(editor, byte);
    }
    switch (byte) {
    case 0x1b:
        editor->escape_state = 1;
        return LINE_EDITOR_UNCHANGED;
    case '\r':
    case '\n':
        return LINE_EDITOR_DONE;
    case 0x7f:
    case 0x08:
        return line_editor_backspace(editor);
    case 0x01:
        return line_editor_move(editor, 0);
    case 0x05:
        return line_editor_move(editor, editor->length);
    case 0x02:
        return line_editor_escape(editor, 'D');
    case 0x06:
        return line_editor_escape(editor, 'C');
    case 0x10:
        return line_editor_browse(editor, -1);
    case 0x0e:
        return line_editor_browse(editor, 1);
    case 0x15:
        line_editor_set(editor, "");
        return LINE_EDITOR_CHANGED;
    case 0x03:
        line_editor_set(editor, "");
        return LINE_EDITOR_INTERRUPT;
    case 0x04:
        return editor->length == 0 ? LINE_EDITOR_EOF : LINE_EDITOR_UNCHANGED;
    default:
        if (byte == '\t' || byte >= 0x20)
            return line_editor_insert(editor, (char)byte);
        return LINE_EDITOR_UNCHANGED;
    }
}

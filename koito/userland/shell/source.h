/*
 * Where koito-sh reads commands from (userland, shell): a whole text (a
 * script file or -c), standard input a line at a time (so commands that read
 * standard input themselves see the rest of it), or the terminal through the
 * line editor. The parser works on the text buffered so far and asks for
 * another line when a command is not complete yet.
 */
#ifndef KOITO_SH_SOURCE_H
#define KOITO_SH_SOURCE_H

#include "history.h"

#include <stdbool.h>
#include <stddef.h>

enum source_kind { SOURCE_TEXT, SOURCE_STREAM, SOURCE_TERMINAL };

struct source {
    enum source_kind kind;
    char *text; /* the buffered text; the parser reads from position */
    size_t length, capacity, position;
    int line;
    struct history history; /* SOURCE_TERMINAL */
};

void source_init_text(struct source *source, const char *text, size_t length);
void source_init_stream(struct source *source, bool terminal);

/* Drops the text before position, then appends the next line (with the
 * continuation prompt if continuation). False at end of input. */
bool source_more(struct source *source, bool continuation);

void source_free(struct source *source);

#endif

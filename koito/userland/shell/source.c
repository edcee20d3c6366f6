/* Where koito-sh reads commands from (userland, shell): see source.h. */
#include "source.h"

#include "memory.h"
#include "terminal.h"
#include "variables.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void source_append(struct source *source, const char *text, size_t length)
{
    while (source->length + length + 1 > source->capacity) {
        source->capacity = source->capacity ? source->capacity * 2 : 256;
        source->text = memory_resize(source->text, source->capacity);
    }
    memcpy(source->text + source->length, text, length);
    source->length += length;
    source->text[source->length] = '\0';
}

void source_init_text(struct source *source, const char *text, size_t length)
{
    *source = (struct source){.kind = SOURCE_TEXT, .line = 1};
    source_append(source, text, length);
}

void source_init_stream(struct source *source, bool terminal)
{
    *source = (struct source){.kind = terminal ? SOURCE_TERMINAL : SOURCE_STREAM, .line = 1};
    source_append(source, "", 0);
}

/* Reads up to and including a newline, a byte at a time: what follows the
 * line stays unread for the commands that the line runs. */
static bool source_read_stream_line(struct source *source)
{
    bool any = false;
    for (;;) {
        char c;
        ssize_t got = read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return any;
        any = true;
        source_append(source, &c, 1);
        if (c == '\n')
            return true;
    }
}

static bool source_read_terminal_line(struct source *source, bool continuation)
{
    const char *prompt = variables_get(continuation ? "PS2" : "PS1");
    if (!prompt)
        prompt = continuation ? "> " : "$ ";
    char *line = terminal_read_line(prompt, &source->history);
    if (!line)
        return false;
    history_add(&source->history, line);
    source_append(source, line, strlen(line));
    source_append(source, "\n", 1);
    free(line);
    return true;
}

bool source_more(struct source *source, bool continuation)
{
    if (source->kind == SOURCE_TEXT)
        return false;
    if (!continuation) {
        memmove(source->text, source->text + source->position,
                source->length - source->position + 1);
        source->length -= source->position;
        source->position = 0;
    }
    if (source->kind == SOURCE_STREAM)
        return source_read_stream_line(source);
    return source_read_terminal_line(source, continuation);
}

void source_free(struct source *source)
{
    history_clear(&source->history);
    free(source->text);
}

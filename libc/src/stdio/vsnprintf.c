/*
 * vsnprintf(): format into a caller's buffer (libc, stdio core).
 *
 * The sink stores what fits in size - 1 bytes and drops the rest, so the
 * result is always NUL-terminated (when size > 0) and the return value is
 * the full length the output would have had.
 */
#include "format.h"
#include <stdio.h>
#include <string.h>

struct buffer_sink {
    struct __koito_sink sink; /* first, so a sink pointer converts back */
    char *next;
    size_t room; /* bytes still free, not counting the terminator */
};

static void buffer_write(struct __koito_sink *sink, const char *data, size_t length)
{
    struct buffer_sink *buffer = (struct buffer_sink *)sink;
    size_t stored = length < buffer->room ? length : buffer->room;
    if (stored > 0) {
        memcpy(buffer->next, data, stored);
        buffer->next += stored;
        buffer->room -= stored;
    }
}

int vsnprintf(char *restrict buffer, size_t size, const char *restrict format, va_list arguments)
{
    struct buffer_sink sink = {{buffer_write}, buffer, size > 0 ? size - 1 : 0};
    int result = __koito_format(&sink.sink, format, arguments);
    if (size > 0) {
        *sink.next = '\0';
    }
    return result;
}

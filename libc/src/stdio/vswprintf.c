/*
 * vswprintf(): format into a caller's wide array (libc, stdio core).
 *
 * Unlike vsnprintf, C gives no "length it would have had": when the output
 * does not fit in size - 1 characters the result is -1 (errno EOVERFLOW)
 * and the array holds the part that fitted, terminated.
 */
#include "wformat.h"
#include <errno.h>
#include <string.h>

struct array_sink {
    struct __koito_wsink sink; /* first, so a sink pointer converts back */
    wchar_t *next;
    size_t room; /* characters still free, not counting the terminator */
    int truncated;
};

static void array_write(struct __koito_wsink *sink, const wchar_t *data, size_t length)
{
    struct array_sink *array = (struct array_sink *)sink;
    size_t stored = length < array->room ? length : array->room;
    array->truncated |= stored < length;
    for (size_t i = 0; i < stored; i++) {
        array->next[i] = data[i];
    }
    array->next += stored;
    array->room -= stored;
}

int vswprintf(wchar_t *restrict buffer, size_t size, const wchar_t *restrict format,
              va_list arguments)
{
    struct array_sink sink = {{array_write}, buffer, size > 0 ? size - 1 : 0, size == 0};
    int result = __koito_wformat(&sink.sink, format, arguments);
    if (size > 0) {
        *sink.next = 0;
    }
    if (result >= 0 && sink.truncated) {
        errno = EOVERFLOW;
        return -1;
    }
    return result;
}

/*
 * vfprintf(): format to a stream (libc, stdio core).
 *
 * The whole call holds the stream's lock, so output from threads never
 * interleaves within one call. The sink feeds the stream's buffer; a write
 * error during this call makes the call return -1 (errno EIO), as C asks.
 */
#include "format.h"
#include "stdio_impl.h"
#include <errno.h>
#include <stdarg.h>

struct file_sink {
    struct __koito_sink sink; /* first, so a sink pointer converts back */
    FILE *file;
};

static void file_write(struct __koito_sink *sink, const char *data, size_t length)
{
    __koito_file_write(((struct file_sink *)sink)->file, data, length);
}

int vfprintf(FILE *restrict stream, const char *restrict format, va_list arguments)
{
    struct file_sink sink = {{file_write}, stream};
    __koito_file_lock(stream);
    int earlier_error = stream->error;

    stream->error = 0;
    int result = __koito_format(&sink.sink, format, arguments);
    if (result >= 0 && stream->error) {
        errno = EIO;
        result = -1;
    }
    stream->error |= earlier_error;
    __koito_file_unlock(stream);
    return result;
}

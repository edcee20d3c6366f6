/*
 * vfwprintf(): format wide output to a stream (libc, stdio core).
 *
 * The stream receives the multibyte encoding of the output. The whole call
 * holds the stream's lock, as vfprintf does. A character the locale cannot
 * encode ends the call with -1 (EILSEQ); a write error with -1 (EIO).
 */
#include "stdio_impl.h"
#include "wformat.h"
#include <errno.h>

struct stream_sink {
    struct __koito_wsink sink; /* first, so a sink pointer converts back */
    FILE *stream;
    int failed; /* an errno value, once something could not be written */
};

static void stream_write(struct __koito_wsink *sink, const wchar_t *data, size_t length)
{
    struct stream_sink *out = (struct stream_sink *)sink;
    for (size_t i = 0; i < length && !out->failed; i++) {
        if (__koito_file_putwc(out->stream, data[i]) == WEOF) {
            out->failed = out->stream->error ? EIO : EILSEQ;
        }
    }
}

int vfwprintf(FILE *restrict stream, const wchar_t *restrict format, va_list arguments)
{
    struct stream_sink sink = {{stream_write}, stream, 0};
    __koito_file_lock(stream);
    int earlier_error = stream->error;
    stream->error = 0;
    int result = __koito_wformat(&sink.sink, format, arguments);
    if (result >= 0 && sink.failed) {
        errno = sink.failed;
        result = -1;
    }
    stream->error |= earlier_error;
    __koito_file_unlock(stream);
    return result;
}

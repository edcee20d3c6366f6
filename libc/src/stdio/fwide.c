/*
 * fwide(): a stream's orientation (libc, stdio core).
 *
 * The wide functions orient an unoriented stream to wide; fwide() with a
 * non-zero mode chooses for an unoriented stream. The byte functions do not
 * record an orientation: KOITO-libc lets a program mix both on one stream
 * (C leaves that undefined), and they share the one byte buffer.
 */
#include "stdio_impl.h"
#include <wchar.h>

int fwide(FILE *stream, int mode)
{
    __koito_file_lock(stream);
    if (stream->orientation == 0 && mode != 0) {
        stream->orientation = mode > 0 ? 1 : -1;
    }
    int result = stream->orientation;
    __koito_file_unlock(stream);
    return result;
}

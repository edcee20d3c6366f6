/*
 * Writing out a stream's buffered bytes (libc, stdio core; caller holds the lock).
 *
 * A file of its own, apart from __koito_file_write: exit() flushes every stream, so every
 * program links this, while only programs that write through stdio need the buffering code and
 * what it calls (memchr for line-buffered streams among it).
 */
#include "stdio_impl.h"
#include <string.h>

int __koito_file_flush(FILE *file)
{
    size_t written = file->pending > 0 ? file->write(file, file->buffer, file->pending) : 0;
    if (written < file->pending) {
        /* Keep what did not go out, so a later flush can retry it. */
        memmove(file->buffer, file->buffer + written, file->pending - written);
        file->pending -= written;
        file->error = 1;
        return EOF;
    }
    file->pending = 0;
    return 0;
}

/*
 * Buffered output of a stream (libc, stdio core; caller holds the lock).
 *
 * Bytes collect in the stream's buffer and leave through its write function
 * when the buffer fills, when a line ends on a line-buffered stream, or at
 * once on an unbuffered one. A write that follows reads first gives the
 * unread input back, so the bytes land where the reader stopped.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <string.h>

size_t __koito_file_write(FILE *file, const char *data, size_t length)
{
    if (!(file->flags & __KOITO_FILE_WRITE)) {
        file->error = 1;
        errno = EBADF;
        return 0;
    }
    if ((file->read_end > file->read_next || file->unget_count > 0) &&
        __koito_file_drop_input(file) == EOF) {
        file->error = 1;
        return 0;
    }
    if (file->mode == _IONBF || length >= file->capacity) {
        /* Large writes skip the buffer once it is empty. */
        if (__koito_file_flush(file) == EOF) {
            return 0;
        }
        size_t written = file->write(file, data, length);
        if (written < length) {
            file->error = 1;
        }
        return written;
    }

    size_t accepted = 0;
    while (accepted < length) {
        if (file->pending == file->capacity && __koito_file_flush(file) == EOF) {
            return accepted;
        }
        size_t room = file->capacity - file->pending;
        size_t chunk = length - accepted < room ? length - accepted : room;
        memcpy(file->buffer + file->pending, data + accepted, chunk);
        file->pending += chunk;
        accepted += chunk;
    }
    if (file->mode == _IOLBF && memchr(data, '\n', length) != NULL &&
        __koito_file_flush(file) == EOF) {
        return 0; /* the bytes stay buffered for a later flush */
    }
    return accepted;
}

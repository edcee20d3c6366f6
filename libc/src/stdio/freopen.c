/*
 * freopen() (libc, stdio): close what `stream` had open and open `path` in
 * its place, keeping the FILE itself (so stdin, stdout and stderr can be
 * redirected). A NULL path, which would change only the mode, is refused
 * with EBADF (the OS port has no call to change a descriptor's mode).
 * On failure the stream is closed and NULL returned.
 */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>
#include <stdlib.h>

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict stream)
{
    unsigned stream_flags;
    int open_flags;
    __koito_file_lock(stream);
    fflush_unlocked(stream);
    if (stream->close != NULL) {
        stream->close(stream);
    }
    stream->read = NULL;
    stream->seek = NULL;
    stream->close = NULL;
    stream->flags &= ~(__KOITO_FILE_READ | __KOITO_FILE_WRITE | __KOITO_FILE_APPEND);
    stream->pending = stream->read_next = stream->read_end = stream->unget_count = 0;
    stream->error = stream->eof = 0;
    FILE *result = NULL;
    if (path == NULL) {
        errno = EBADF;
    } else if (__koito_file_mode(mode, &stream_flags, &open_flags) == 0) {
        int descriptor = __koito_sys_open(path, open_flags, 0666);
        if (descriptor < 0) {
            errno = -descriptor;
        } else {
            stream->descriptor = descriptor;
            stream->read = __koito_fd_read;
            stream->write = __koito_fd_write;
            stream->seek = __koito_fd_seek;
            stream->close = __koito_fd_close;
            stream->flags |= stream_flags;
            result = stream;
        }
    }
    __koito_file_unlock(stream);
    return result;
}

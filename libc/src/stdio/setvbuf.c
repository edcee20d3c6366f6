/*
 * setvbuf() (libc, stdio): choose the buffering mode and, optionally, the
 * buffer. C allows it only before any other operation; here it also works
 * later, after writing out pending bytes and giving back read-ahead ones.
 * A NULL buffer with a size allocates one of that size (freed at fclose); a
 * NULL buffer with size 0 keeps the current one. An unbuffered stream keeps
 * its buffer for later use but neither reads ahead nor holds output in it.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <stdlib.h>

int setvbuf(FILE *restrict stream, char *restrict buffer, int mode, size_t size)
{
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
        errno = EINVAL;
        return -1;
    }
    int result = -1;
    __koito_file_lock(stream);
    if (fflush_unlocked(stream) == 0) {
        char *owned = NULL;
        if (buffer == NULL && size > 0 && mode != _IONBF) {
            buffer = owned = malloc(size);
        }
        if (buffer != NULL && size > 0) {
            if (stream->flags & __KOITO_FILE_BUFFER_OWNED) {
                free(stream->buffer);
            }
            stream->buffer = buffer;
            stream->capacity = size;
            stream->flags = owned != NULL ? stream->flags | __KOITO_FILE_BUFFER_OWNED
                                          : stream->flags & ~__KOITO_FILE_BUFFER_OWNED;
        }
        if (buffer != NULL || size == 0 || mode == _IONBF) {
            stream->mode = mode;
            result = 0;
        }
    }
    __koito_file_unlock(stream);
    return result;
}

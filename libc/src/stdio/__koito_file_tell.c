/* A stream's position (libc, stdio core; caller holds the lock): the
 * transport's, less what is read ahead or pushed back, plus what is
 * buffered for output. */
#include "stdio_impl.h"
#include <errno.h>

long long __koito_file_tell(FILE *file)
{
    if (file->seek == NULL) {
        errno = ESPIPE;
        return -1;
    }
    long long position;
    if (file->pending > 0 && (file->flags & __KOITO_FILE_APPEND)) {
        /* Appended bytes go to the end, wherever the transport was. */
        if (__koito_file_flush(file) == EOF) {
            return -1;
        }
    }
    position = file->seek(file, 0, SEEK_CUR);
    if (position < 0) {
        return -1;
    }
    position -= (long long)(file->read_end - file->read_next + file->unget_count);
    position += (long long)file->pending;
    if (position < 0) {
        errno = EIO; /* more bytes pushed back than were read */
        return -1;
    }
    return position;
}

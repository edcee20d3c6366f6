/*
 * Leaving read mode (libc, stdio core; caller holds the lock): the bytes
 * read ahead into the buffer, and those pushed back (each of which moved the
 * position back by one, as C says), are handed back by
 * seeking the transport backwards over them, so its position becomes the
 * stream's. A stream that cannot seek simply forgets them.
 */
#include "stdio_impl.h"

int __koito_file_drop_input(FILE *file)
{
    long long unread = (long long)(file->read_end - file->read_next + file->unget_count);
    file->read_next = file->read_end = 0;
    file->unget_count = 0;
    if (unread != 0 && file->seek != NULL && file->seek(file, -unread, SEEK_CUR) < 0) {
        return EOF;
    }
    return 0;
}

/* fdopen() (libc, stdio): a stream over an open descriptor; "w" and "a" do
 * not truncate or create here (the descriptor is already open). */
#include "stdio_impl.h"
#include <errno.h>

FILE *fdopen(int descriptor, const char *mode)
{
    unsigned stream_flags;
    int open_flags;
    if (descriptor < 0) {
        errno = EBADF;
        return NULL;
    }
    if (__koito_file_mode(mode, &stream_flags, &open_flags) != 0) {
        return NULL;
    }
    FILE *file = __koito_file_new(stream_flags, descriptor, NULL);
    if (file == NULL) {
        return NULL;
    }
    file->read = __koito_fd_read;
    file->write = __koito_fd_write;
    file->seek = __koito_fd_seek;
    file->close = __koito_fd_close;
    __koito_file_list_add(file);
    return file;
}

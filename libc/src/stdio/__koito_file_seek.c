/* Moving a stream's position (libc, stdio core; caller holds the lock):
 * pending output is written first, read-ahead and pushed-back bytes are
 * dropped, and end-of-file is cleared, as C asks of fseek. */
#include "stdio_impl.h"
#include <errno.h>

int __koito_file_seek(FILE *file, long long offset, int whence)
{
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
        errno = EINVAL;
        return -1;
    }
    if (file->seek == NULL) {
        errno = ESPIPE;
        return -1;
    }
    if (whence == SEEK_CUR) {
        /* Relative to the stream's position, not the transport's. */
        long long here = __koito_file_tell(file);
        if (here < 0 || __builtin_add_overflow(here, offset, &offset)) {
            errno = here < 0 ? errno : EOVERFLOW;
            return -1;
        }
        whence = SEEK_SET;
    }
    if (__koito_file_flush(file) == EOF) {
        return -1;
    }
    file->read_next = file->read_end = 0;
    file->unget_count = 0;
    if (file->seek(file, offset, whence) < 0) {
        return -1;
    }
    file->eof = 0;
    return 0;
}

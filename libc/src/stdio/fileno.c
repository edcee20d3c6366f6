/* fileno() (libc, stdio): the descriptor under a stream; -1 with EBADF for
 * a stream that has none (memory streams). */
#include "stdio_impl.h"
#include <errno.h>

int fileno(FILE *stream)
{
    if (stream->descriptor < 0) {
        errno = EBADF;
    }
    return stream->descriptor;
}

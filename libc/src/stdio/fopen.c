/* fopen() (libc, stdio): open a file through the OS port as a fully
 * buffered stream. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

FILE *fopen(const char *restrict path, const char *restrict mode)
{
    unsigned stream_flags;
    int open_flags;
    if (__koito_file_mode(mode, &stream_flags, &open_flags) != 0) {
        return NULL;
    }
    int descriptor = __koito_sys_open(path, open_flags, 0666);
    if (descriptor < 0) {
        errno = -descriptor;
        return NULL;
    }
    FILE *file = fdopen(descriptor, mode);
    if (file == NULL) {
        int error = errno;
        __koito_sys_close(descriptor);
        errno = error;
    }
    return file;
}

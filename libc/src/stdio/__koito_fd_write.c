/* The descriptor transport's write (libc, stdio core): port calls until all
 * bytes are written or one fails. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

size_t __koito_fd_write(FILE *file, const char *data, size_t length)
{
    size_t done = 0;
    while (done < length) {
        long wrote = __koito_sys_write(file->descriptor, data + done, length - done);
        if (wrote <= 0) {
            errno = wrote < 0 ? (int)-wrote : EIO;
            break;
        }
        done += (size_t)wrote;
    }
    return done;
}

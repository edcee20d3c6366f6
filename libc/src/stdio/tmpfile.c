/* tmpfile() (libc, stdio): a new file opened "w+" that disappears when
 * closed: created exclusively under a fresh tmpnam() name, then unlinked at
 * once. If the name cannot be unlinked the file is closed and removed and
 * tmpfile() fails, rather than leave a file behind. */
#include "port.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#define ATTEMPTS 100

FILE *tmpfile(void)
{
    char name[L_tmpnam];
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        int descriptor = __koito_sys_open(tmpnam(name), O_RDWR | O_CREAT | O_EXCL, 0600);
        if (descriptor == -EEXIST) {
            continue;
        }
        if (descriptor < 0) {
            errno = -descriptor;
            return NULL;
        }
        int error = __koito_sys_unlink(name);
        FILE *file = error == 0 ? fdopen(descriptor, "w+") : NULL;
        if (file == NULL) {
            error = error < 0 ? -error : errno;
            __koito_sys_close(descriptor);
            errno = error;
        }
        return file;
    }
    errno = EEXIST;
    return NULL;
}

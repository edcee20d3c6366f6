/* getcwd() (libc, unistd): the working directory's path, through the OS port
 * (the POSIX server). A NULL buffer is refused with
 * EINVAL (POSIX leaves it unspecified; glibc's allocating extension is not
 * offered). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

char *getcwd(char *buffer, size_t size)
{
    if (buffer == NULL || size == 0) {
        errno = EINVAL;
        return NULL;
    }
    long result = __koito_sys_getcwd(buffer, size);
    if (result < 0) {
        errno = (int)-result;
        return NULL;
    }
    return buffer;
}

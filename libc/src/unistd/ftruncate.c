/* ftruncate() (libc, unistd): sets an open file's length through the OS port (POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int ftruncate(int descriptor, off_t length)
{
    long long result = __koito_sys_truncate(descriptor, length);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}

/* close() (libc, unistd): closes a descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int close(int descriptor)
{
    long long result = __koito_sys_close(descriptor);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}

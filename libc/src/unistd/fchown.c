/* fchown() (libc, unistd): changes an open file's owner, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int fchown(int descriptor, uid_t user, gid_t group)
{
    long long result = __koito_sys_fchown(descriptor, user, group);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (int)result;
}

/* getrlimit() (libc, resource): RLIMIT_NOFILE is the POSIX server's descriptor table
 * (port.h, sysconf(_SC_OPEN_MAX)'s); nothing in KOITO enforces the other
 * limits (a process's memory is bounded by its ULMM quota instead), so each is reported as
 * unlimited; an unknown resource is EINVAL. */
#include "port.h"
#include <errno.h>
#include <sys/resource.h>

int getrlimit(int resource, struct rlimit *limit)
{
    if (resource < 0 || resource >= RLIMIT_NLIMITS) {
        errno = EINVAL;
        return -1;
    }
    if (resource == RLIMIT_NOFILE) {
        *limit = (struct rlimit){__KOITO_OPEN_MAX, __KOITO_OPEN_MAX};
        return 0;
    }
    *limit = (struct rlimit){RLIM_INFINITY, RLIM_INFINITY};
    return 0;
}

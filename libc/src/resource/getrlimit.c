/* getrlimit() (libc, resource): nothing in KOITO enforces these limits (a
 * process's memory is bounded by its ULMM quota instead), so each is
 * reported as unlimited; an unknown resource is EINVAL. */
#include <errno.h>
#include <sys/resource.h>

int getrlimit(int resource, struct rlimit *limit)
{
    if (resource < 0 || resource >= RLIMIT_NLIMITS) {
        errno = EINVAL;
        return -1;
    }
    *limit = (struct rlimit){RLIM_INFINITY, RLIM_INFINITY};
    return 0;
}

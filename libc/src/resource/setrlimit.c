/* setrlimit() (libc, resource): nothing in KOITO enforces these limits yet,
 * so none can be set: ENOSYS (EINVAL for an unknown resource or a soft
 * limit above the hard one). */
#include <errno.h>
#include <sys/resource.h>

int setrlimit(int resource, const struct rlimit *limit)
{
    if (resource < 0 || resource >= RLIMIT_NLIMITS || limit->rlim_cur > limit->rlim_max) {
        errno = EINVAL;
        return -1;
    }
    errno = ENOSYS;
    return -1;
}

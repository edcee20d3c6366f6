/* getrusage() (libc, resource): KOITO does not account processor time per
 * process yet: ENOSYS for RUSAGE_SELF and RUSAGE_CHILDREN, EINVAL for any
 * other `who`. */
#include <errno.h>
#include <sys/resource.h>

int getrusage(int who, struct rusage *usage)
{
    (void)usage;
    errno = who == RUSAGE_SELF || who == RUSAGE_CHILDREN ? ENOSYS : EINVAL;
    return -1;
}

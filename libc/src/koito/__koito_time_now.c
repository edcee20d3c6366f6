/*
 * __koito_time_now(): reads the calendar clock (libc, OS port). Interim version: this becomes a
 * request to the POSIX server; until that server exists it fails with ENOSYS,
 * which stdio and time() report to their callers.
 */
#include "port.h"
#include <errno.h>

int __koito_time_now(long long *seconds, long *nanoseconds)
{
    (void)seconds;
    (void)nanoseconds;
    return -ENOSYS;
}

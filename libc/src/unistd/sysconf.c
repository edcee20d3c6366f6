/* sysconf() (libc, unistd): the system's limits. Names KOITO cannot answer
 * yet (the processor count needs the boot information KOITO does not pass
 * on) return -1 with EINVAL, as for an unknown name. */
#include <errno.h>
#include <limits.h>
#include <unistd.h>

long sysconf(int name)
{
    switch (name) {
    case _SC_PAGESIZE:
        return getpagesize();
    case _SC_CLK_TCK:
        return 100;
    case _SC_ARG_MAX:
        return 131072;
    case _SC_OPEN_MAX:
        return 1024;
    case _SC_CHILD_MAX:
        return -1; /* no fixed limit: as many as memory allows */
    default:
        errno = EINVAL;
        return -1;
    }
}

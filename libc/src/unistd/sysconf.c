/* sysconf() (libc, unistd): the system's limits, as the POSIX server enforces them (port.h):
 * _SC_OPEN_MAX the descriptors a process has (open() beyond them: EMFILE), _SC_ARG_MAX the bytes of
 * strings posix_spawn() carries: the program's path, argv and environ, each with its NUL (beyond
 * them: E2BIG). Names KOITO cannot answer yet (the processor count needs the boot information KOITO
 * does not pass on) return -1 with EINVAL, as for an unknown name. */
#include "port.h"
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
        return __KOITO_ARG_MAX;
    case _SC_OPEN_MAX:
        return __KOITO_OPEN_MAX;
    case _SC_CHILD_MAX:
        return -1; /* no fixed limit: as many as memory allows */
    default:
        errno = EINVAL;
        return -1;
    }
}

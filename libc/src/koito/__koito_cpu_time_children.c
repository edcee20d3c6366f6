/*
 * The processor time of the calling process's waited-for children, and of theirs (libc, OS
 * port): the POSIX server's children_cpu_time request, in nanoseconds. -ENOSYS without the
 * server.
 */
#include "port.h"
#include <errno.h>
#include <koito/protocol/posix.h>

int __koito_cpu_time_children(unsigned long long *nanoseconds)
{
    uint64_t value = 0;
    if (koito_posix_children_cpu_time(__koito_os_port(), &value) != KOITO_POSIX_OK)
        return -ENOSYS;
    *nanoseconds = value;
    return 0;
}

/*
 * __koito_sys_kill_group() (libc, OS port): sends a signal to a process group (0: the caller's;
 * -1: every process the caller may signal but itself), the POSIX server's kill_group request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_kill_group(int group, int number)
{
    uint64_t which = group == -1 ? KOITO_POSIX_GROUP_EVERY : (uint64_t)group;
    return __koito_os_error(koito_posix_kill_group(__koito_os_port(), which, (uint64_t)number));
}

/*
 * __koito_sys_set_group() (libc, OS port): moves a process into a process group, the POSIX
 * server's set_group request (setpgid).
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_set_group(int process, int group)
{
    return __koito_os_error(
        koito_posix_set_group(__koito_os_port(), (uint64_t)process, (uint64_t)group));
}

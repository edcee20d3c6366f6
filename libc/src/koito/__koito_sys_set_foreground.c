/*
 * __koito_sys_set_foreground() (libc, OS port): makes a process group the console's foreground
 * group, the POSIX server's set_foreground request (tcsetpgrp).
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_set_foreground(int descriptor, int group)
{
    return __koito_os_error(
        koito_posix_set_foreground(__koito_os_port(), (uint64_t)descriptor, (uint64_t)group));
}

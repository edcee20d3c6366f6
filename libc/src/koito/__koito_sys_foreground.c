/*
 * __koito_sys_foreground() (libc, OS port): the console's foreground process group, the POSIX
 * server's foreground request (tcgetpgrp).
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_foreground(int descriptor)
{
    uint64_t group = 0;
    int error =
        __koito_os_error(koito_posix_foreground(__koito_os_port(), (uint64_t)descriptor, &group));
    return error < 0 ? error : (int)group;
}

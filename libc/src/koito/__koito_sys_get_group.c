/*
 * __koito_sys_get_group() (libc, OS port): the process group and session of a process, the POSIX
 * server's get_group request (getpgid, getpgrp, getsid).
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_get_group(int process, int *group, int *session)
{
    uint64_t found_group = 0, found_session = 0;
    int error = __koito_os_error(
        koito_posix_get_group(__koito_os_port(), (uint64_t)process, &found_group, &found_session));
    if (error < 0)
        return error;
    if (group != NULL)
        *group = (int)found_group;
    if (session != NULL)
        *session = (int)found_session;
    return 0;
}

/*
 * __koito_sys_getpid(): the calling process's id (libc, OS port): the POSIX server's getpid
 * request. Without the server: the process id init gave it (KOITO_AUX_PROCESS_ID), or 1 for the
 * kernel's root program.
 */
#include "port.h"
#include <koito/process.h>
#include <koito/protocol/posix.h>

int __koito_sys_getpid(void)
{
    uint64_t pid = 0;
    if (koito_posix_getpid(__koito_os_port(), &pid) == KOITO_POSIX_OK)
        return (int)pid;
    return (int)koito_aux_value(KOITO_AUX_PROCESS_ID, 1);
}

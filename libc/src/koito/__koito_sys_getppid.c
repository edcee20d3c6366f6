/*
 * __koito_sys_getppid(): the id of the calling process's parent (libc, OS port): the POSIX
 * server's getppid request; 0 (no parent) without the server.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_getppid(void)
{
    uint64_t pid = 0;
    if (koito_posix_getppid(__koito_os_port(), &pid) == KOITO_POSIX_OK)
        return (int)pid;
    return 0;
}

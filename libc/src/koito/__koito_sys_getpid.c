/*
 * __koito_sys_getpid(): the calling process's id (libc, OS port), with no request. The POSIX
 * server knows a process by the badge of its OS port, and init made that badge the id it wrote
 * into the process's auxiliary vector (KOITO_AUX_PROCESS_ID) for the programs of the
 * configuration and the server's posix_spawn children alike; __koito_os_start() copies it here.
 * An id never changes (there is no fork). The kernel's root program, with no vector, is 1.
 */
#include "port.h"

__KOITO_HIDDEN int __koito_process_id = 1;

int __koito_sys_getpid(void)
{
    return __koito_process_id;
}

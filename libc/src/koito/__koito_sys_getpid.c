/*
 * __koito_sys_getpid(): the calling process's id (libc, OS port). Interim version: the POSIX
 * server will number processes; until it exists the kernel runs one program,
 * which is process 1 and has no parent (0).
 */
#include "port.h"

int __koito_sys_getpid(void)
{
    return 1;
}

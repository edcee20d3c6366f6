/*
 * __koito_sys_kill(): sends signal `number` to another process (libc, OS port): the POSIX
 * server's kill request, which applies the signal's default action (<koito/protocol/posix.h>).
 */
#include "port.h"
#include <errno.h>
#include <koito/protocol/posix.h>

int __koito_sys_kill(int process, int number)
{
    if (process <= 0)
        return -ESRCH; /* process groups (-1 and below, 0 is handled by kill()): none exist */
    return __koito_os_error(
        koito_posix_kill(__koito_os_port(), (uint64_t)process, (uint64_t)number));
}

/*
 * __koito_sys_fchmod(): changes an open file's permission bits (libc, OS port): the POSIX
 * server's fchmod request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_fchmod(int descriptor, unsigned mode)
{
    return __koito_os_error(koito_posix_fchmod(__koito_os_port(), (uint64_t)descriptor, mode));
}

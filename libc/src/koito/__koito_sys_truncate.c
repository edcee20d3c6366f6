/*
 * __koito_sys_truncate(): sets the length of an open file (libc, OS port): the POSIX server's
 * truncate request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_truncate(int descriptor, long long length)
{
    return __koito_os_error(
        koito_posix_truncate(__koito_os_port(), (uint64_t)descriptor, (uint64_t)length));
}

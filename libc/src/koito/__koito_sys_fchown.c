/*
 * __koito_sys_fchown(): changes an open file's owner and group, (unsigned)-1 keeping one (libc,
 * OS port): the POSIX server's fchown request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_fchown(int descriptor, unsigned user, unsigned group)
{
    return __koito_os_error(
        koito_posix_fchown(__koito_os_port(), (uint64_t)descriptor, user, group));
}

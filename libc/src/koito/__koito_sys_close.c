/*
 * __koito_sys_close(): closes a descriptor (libc, OS port): the POSIX server's close request.
 */
#include "port.h"
#include "protocol_call.h"
#include <koito/protocol/posix.h>

int __koito_sys_close(int descriptor)
{
    return __koito_os_error(koito_posix_close(__koito_os_port(), (uint64_t)descriptor));
}

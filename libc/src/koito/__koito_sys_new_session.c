/*
 * __koito_sys_new_session() (libc, OS port): starts a session led by the caller, the POSIX
 * server's new_session request (setsid); returns its id.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_new_session(void)
{
    uint64_t session = 0;
    int error = __koito_os_error(koito_posix_new_session(__koito_os_port(), &session));
    return error < 0 ? error : (int)session;
}

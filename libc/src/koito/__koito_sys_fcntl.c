/*
 * __koito_sys_fcntl(): <fcntl.h>'s descriptor commands (libc, OS port): the POSIX server's fcntl
 * request; <fcntl.h>'s F_* are the protocol's. Record locks are not served (EINVAL).
 */
#include "port.h"
#include "protocol_call.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert(F_DUPFD == KOITO_POSIX_FCNTL_DUPFD && F_GETFD == KOITO_POSIX_FCNTL_GETFD &&
                   F_SETFD == KOITO_POSIX_FCNTL_SETFD && F_GETFL == KOITO_POSIX_FCNTL_GETFL &&
                   F_SETFL == KOITO_POSIX_FCNTL_SETFL &&
                   F_DUPFD_CLOEXEC == KOITO_POSIX_FCNTL_DUPFD_CLOEXEC &&
                   FD_CLOEXEC == KOITO_POSIX_FD_CLOEXEC,
               "<fcntl.h>'s commands are the POSIX protocol's");

int __koito_sys_fcntl(int descriptor, int command, long argument)
{
    uint64_t value = 0;
    int error = __koito_os_error(koito_posix_fcntl(__koito_os_port(), (uint64_t)descriptor,
                                                   (uint64_t)command, (uint64_t)argument, &value));
    return error < 0 ? error : (int)value;
}

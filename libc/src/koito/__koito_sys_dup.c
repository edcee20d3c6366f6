/*
 * __koito_sys_dup(): duplicates a descriptor onto `target` (dup2: target may equal it) or, for
 * target < 0, onto the lowest free one (libc, OS port): the POSIX server's dup request, or its
 * fcntl F_DUPFD.
 */
#include "port.h"
#include "protocol_call.h"
#include <koito/protocol/posix.h>

int __koito_sys_dup(int descriptor, int target)
{
    uint64_t made = 0;
    int error;
    if (target < 0)
        error = __koito_os_error(koito_posix_fcntl(__koito_os_port(), (uint64_t)descriptor,
                                                   KOITO_POSIX_FCNTL_DUPFD, 0, &made));
    else
        error = __koito_os_error(koito_posix_dup(__koito_os_port(), (uint64_t)descriptor,
                                                 (uint64_t)target, KOITO_POSIX_DUP_SAME_OK, &made));
    return error < 0 ? error : (int)made;
}

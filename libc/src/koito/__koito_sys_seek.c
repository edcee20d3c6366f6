/*
 * __koito_sys_seek(): moves a descriptor's position (libc, OS port): the POSIX server's seek
 * request (SEEK_* are the protocol's values).
 */
#include "port.h"
#include "protocol_call.h"
#include <koito/protocol/posix.h>

_Static_assert(SEEK_SET == KOITO_POSIX_SEEK_SET && SEEK_CUR == KOITO_POSIX_SEEK_CUR &&
                   SEEK_END == KOITO_POSIX_SEEK_END,
               "<stdio.h>'s SEEK_* are the POSIX protocol's");

long long __koito_sys_seek(int descriptor, long long offset, int whence)
{
    uint64_t position = 0;
    int error = __koito_os_error(koito_posix_seek(__koito_os_port(), (uint64_t)descriptor,
                                                  (uint64_t)offset, (uint64_t)whence, &position));
    return error < 0 ? error : (long long)position;
}

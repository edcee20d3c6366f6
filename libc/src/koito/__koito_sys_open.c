/*
 * __koito_sys_open(): opens a file (libc, OS port): the POSIX server's open request. The flags
 * are <fcntl.h>'s, which are the protocol's (checked below).
 */
#include "port.h"
#include "protocol_call.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert(O_CREAT == KOITO_POSIX_OPEN_CREAT && O_EXCL == KOITO_POSIX_OPEN_EXCL &&
                   O_TRUNC == KOITO_POSIX_OPEN_TRUNC && O_APPEND == KOITO_POSIX_OPEN_APPEND &&
                   O_NONBLOCK == KOITO_POSIX_OPEN_NONBLOCK &&
                   O_DIRECTORY == KOITO_POSIX_OPEN_DIRECTORY &&
                   O_CLOEXEC == KOITO_POSIX_OPEN_CLOEXEC && O_RDWR == KOITO_POSIX_OPEN_RDWR &&
                   O_WRONLY == KOITO_POSIX_OPEN_WRONLY && O_NOCTTY == KOITO_POSIX_OPEN_NOCTTY,
               "<fcntl.h>'s flags are the POSIX protocol's");
_Static_assert(__KOITO_OPEN_MAX == KOITO_POSIX_DESCRIPTORS_MAX,
               "sysconf(_SC_OPEN_MAX) is the POSIX server's descriptor table");

int __koito_sys_open(const char *path, int flags, unsigned mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    uint64_t descriptor = 0;
    int error = __koito_os_error(koito_posix_open(__koito_os_port(), (unsigned)flags, mode, path,
                                                  (uint64_t)length, &descriptor));
    return error < 0 ? error : (int)descriptor;
}

/*
 * __koito_sys_openat(): opens a file relative to a directory descriptor (libc, OS port): the
 * POSIX server's openat request. AT_FDCWD crosses as the protocol's word for it.
 */
#include "port.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert((uint64_t)(int64_t)AT_FDCWD == KOITO_POSIX_AT_FDCWD,
               "<fcntl.h>'s AT_FDCWD is the POSIX protocol's");

int __koito_sys_openat(int directory, const char *path, int flags, unsigned mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    uint64_t descriptor = 0;
    int error = __koito_os_error(koito_posix_openat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                    (unsigned)flags, mode, path, (uint64_t)length,
                                                    &descriptor));
    return error < 0 ? error : (int)descriptor;
}

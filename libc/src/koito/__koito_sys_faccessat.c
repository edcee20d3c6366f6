/*
 * __koito_sys_faccessat(): checks a file's existence and mode relative to a directory descriptor
 * (libc, OS port): the POSIX server's faccessat request.
 */
#include "port.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert(AT_EACCESS == KOITO_POSIX_AT_EACCESS,
               "<fcntl.h>'s AT_EACCESS is the POSIX protocol's");

int __koito_sys_faccessat(int directory, const char *path, int mode, int flags)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_faccessat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                  (unsigned)mode, (unsigned)flags, path,
                                                  (uint64_t)length));
}

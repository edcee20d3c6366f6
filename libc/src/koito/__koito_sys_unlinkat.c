/*
 * __koito_sys_unlinkat(): removes a name, or with AT_REMOVEDIR an empty directory, relative to a
 * directory descriptor (libc, OS port): the POSIX server's unlinkat request.
 */
#include "port.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert(AT_REMOVEDIR == KOITO_POSIX_AT_REMOVEDIR,
               "<fcntl.h>'s AT_REMOVEDIR is the POSIX protocol's");

int __koito_sys_unlinkat(int directory, const char *path, int flags)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_unlinkat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                 (unsigned)flags, path, (uint64_t)length));
}

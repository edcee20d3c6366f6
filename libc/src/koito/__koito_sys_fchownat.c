/*
 * __koito_sys_fchownat(): changes a file's owner and group, (unsigned)-1 keeping one, relative to
 * a directory descriptor (libc, OS port): the POSIX server's fchownat request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_fchownat(int directory, const char *path, unsigned user, unsigned group, int flags)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_fchownat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                 user, group, (unsigned)flags, path,
                                                 (uint64_t)length));
}

/*
 * __koito_sys_fchmodat(): changes a file's mode relative to a directory descriptor (libc, OS
 * port): the POSIX server's fchmodat request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_fchmodat(int directory, const char *path, unsigned mode, int flags)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_fchmodat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                 mode, (unsigned)flags, path, (uint64_t)length));
}

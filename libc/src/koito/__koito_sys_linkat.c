/*
 * __koito_sys_linkat(): gives the file `existing` a second name, `path`, each relative to its
 * own directory descriptor (libc, OS port): the POSIX server's linkat request, which carries
 * both paths in one byte string as renameat's does.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_linkat(int from_directory, const char *existing, int to_directory, const char *path,
                       int flags)
{
    char paths[KOITO_POSIX_RENAME_MAX];
    uint64_t from_length;
    long length = __koito_os_path_pair(existing, path, paths, &from_length);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_linkat(__koito_os_port(), (uint64_t)(int64_t)from_directory,
                                               (uint64_t)(int64_t)to_directory, (unsigned)flags,
                                               from_length, paths, (uint64_t)length));
}

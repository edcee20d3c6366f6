/*
 * __koito_sys_linkat(): gives the file `existing` a second name, `path`, each relative to its
 * own directory descriptor (libc, OS port): the POSIX server's linkat request, which carries
 * both paths in one byte string as renameat's does.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <string.h>

int __koito_sys_linkat(int from_directory, const char *existing, int to_directory, const char *path,
                       int flags)
{
    long from_length = __koito_os_path(existing);
    if (from_length < 0)
        return (int)from_length;
    long to_length = __koito_os_path(path);
    if (to_length < 0)
        return (int)to_length;
    char paths[KOITO_POSIX_RENAME_MAX];
    memcpy(paths, existing, (size_t)from_length);
    memcpy(paths + from_length, path, (size_t)to_length);
    return __koito_os_error(koito_posix_linkat(
        __koito_os_port(), (uint64_t)(int64_t)from_directory, (uint64_t)(int64_t)to_directory,
        (unsigned)flags, (uint64_t)from_length, paths, (uint64_t)(from_length + to_length)));
}

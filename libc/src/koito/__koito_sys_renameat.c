/*
 * __koito_sys_renameat(): renames a file, each path relative to its own directory descriptor
 * (libc, OS port): the POSIX server's renameat request, which carries both paths in one byte
 * string.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <string.h>

int __koito_sys_renameat(int from_directory, const char *from, int to_directory, const char *to)
{
    long from_length = __koito_os_path(from);
    if (from_length < 0)
        return (int)from_length;
    long to_length = __koito_os_path(to);
    if (to_length < 0)
        return (int)to_length;
    char paths[KOITO_POSIX_RENAME_MAX];
    memcpy(paths, from, (size_t)from_length);
    memcpy(paths + from_length, to, (size_t)to_length);
    return __koito_os_error(koito_posix_renameat(
        __koito_os_port(), (uint64_t)(int64_t)from_directory, (uint64_t)(int64_t)to_directory,
        (uint64_t)from_length, paths, (uint64_t)(from_length + to_length)));
}

/*
 * __koito_sys_renameat(): renames a file, each path relative to its own directory descriptor
 * (libc, OS port): the POSIX server's renameat request, which carries both paths in one byte
 * string.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_renameat(int from_directory, const char *from, int to_directory, const char *to)
{
    char paths[KOITO_POSIX_RENAME_MAX];
    uint64_t from_length;
    long length = __koito_os_path_pair(from, to, paths, &from_length);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_renameat(
        __koito_os_port(), (uint64_t)(int64_t)from_directory, (uint64_t)(int64_t)to_directory,
        from_length, paths, (uint64_t)length));
}

/*
 * __koito_sys_rename(): renames a file (libc, OS port): the POSIX server's rename request, which
 * carries both paths in one byte string.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <string.h>

int __koito_sys_rename(const char *from, const char *to)
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
    return __koito_os_error(koito_posix_rename(__koito_os_port(), (uint64_t)from_length, paths,
                                               (uint64_t)(from_length + to_length)));
}

/*
 * __koito_sys_rename(): renames a file (libc, OS port): the POSIX server's rename request, which
 * carries both paths in one byte string.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_rename(const char *from, const char *to)
{
    char paths[KOITO_POSIX_RENAME_MAX];
    uint64_t from_length;
    long length = __koito_os_path_pair(from, to, paths, &from_length);
    if (length < 0)
        return (int)length;
    return __koito_os_error(
        koito_posix_rename(__koito_os_port(), from_length, paths, (uint64_t)length));
}

/*
 * __koito_sys_link(): gives the file `existing` a second name, `path` (libc, OS port): the POSIX
 * server's link request, which carries both paths in one byte string as rename's does.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <string.h>

int __koito_sys_link(const char *existing, const char *path)
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
    return __koito_os_error(koito_posix_link(__koito_os_port(), (uint64_t)from_length, paths,
                                             (uint64_t)(from_length + to_length)));
}

/*
 * __koito_sys_stat(): a file's status; `follow` == 0 describes a symbolic link itself (libc, OS
 * port): the POSIX server's stat request.
 */
#include "port.h"
#include "protocol_call.h"
#include "stat_fill.h"
#include <koito/protocol/posix.h>

int __koito_sys_stat(const char *path, struct stat *status, int follow)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    uint64_t w[__KOITO_STAT_WORDS];
    int error = __koito_os_error(koito_posix_stat(
        __koito_os_port(), follow != 0, path, (uint64_t)length, &w[0], &w[1], &w[2], &w[3], &w[4],
        &w[5], &w[6], &w[7], &w[8], &w[9], &w[10], &w[11], &w[12], &w[13]));
    if (error == 0)
        __koito_stat_fill(status, w);
    return error;
}

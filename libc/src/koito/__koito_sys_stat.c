/*
 * __koito_sys_stat(): a file's status; `follow` == 0 describes a symbolic link itself (libc, OS
 * port): the POSIX server's stat request.
 */
#include "port.h"
#include "stat_fill.h"
#include <koito/protocol/posix.h>

int __koito_sys_stat(const char *path, struct stat *status, int follow)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    uint64_t words[6];
    int error = __koito_os_error(koito_posix_stat(__koito_os_port(), follow != 0, path,
                                                  (uint64_t)length, &words[0], &words[1], &words[2],
                                                  &words[3], &words[4], &words[5]));
    if (error == 0)
        __koito_stat_fill(status, words);
    return error;
}

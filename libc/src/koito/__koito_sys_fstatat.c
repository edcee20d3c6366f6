/*
 * __koito_sys_fstatat(): a file's status relative to a directory descriptor (libc, OS port): the
 * POSIX server's fstatat request; <fcntl.h>'s AT_* flags are the protocol's.
 */
#include "port.h"
#include "stat_fill.h"
#include <fcntl.h>
#include <koito/protocol/posix.h>

_Static_assert(AT_SYMLINK_NOFOLLOW == KOITO_POSIX_AT_SYMLINK_NOFOLLOW &&
                   AT_EMPTY_PATH == KOITO_POSIX_AT_EMPTY_PATH,
               "<fcntl.h>'s fstatat flags are the POSIX protocol's");

int __koito_sys_fstatat(int directory, const char *path, struct stat *status, int flags)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    uint64_t w[__KOITO_STAT_WORDS];
    int error = __koito_os_error(
        koito_posix_fstatat(__koito_os_port(), (uint64_t)(int64_t)directory, (unsigned)flags, path,
                            (uint64_t)length, &w[0], &w[1], &w[2], &w[3], &w[4], &w[5], &w[6],
                            &w[7], &w[8], &w[9], &w[10], &w[11], &w[12], &w[13]));
    if (error == 0)
        __koito_stat_fill(status, w);
    return error;
}

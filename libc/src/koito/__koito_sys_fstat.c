/*
 * __koito_sys_fstat(): an open file's status (libc, OS port): the POSIX server's fstat request.
 */
#include "port.h"
#include "stat_fill.h"
#include <koito/protocol/posix.h>

int __koito_sys_fstat(int descriptor, struct stat *status)
{
    uint64_t words[6];
    int error =
        __koito_os_error(koito_posix_fstat(__koito_os_port(), (uint64_t)descriptor, &words[0],
                                           &words[1], &words[2], &words[3], &words[4], &words[5]));
    if (error == 0)
        __koito_stat_fill(status, words);
    return error;
}

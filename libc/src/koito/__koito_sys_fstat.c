/*
 * __koito_sys_fstat(): an open file's status (libc, OS port): the POSIX server's fstat request.
 */
#include "port.h"
#include "protocol_call.h"
#include "stat_fill.h"
#include <koito/protocol/posix.h>

int __koito_sys_fstat(int descriptor, struct stat *status)
{
    uint64_t w[__KOITO_STAT_WORDS];
    int error = __koito_os_error(koito_posix_fstat(__koito_os_port(), (uint64_t)descriptor, &w[0],
                                                   &w[1], &w[2], &w[3], &w[4], &w[5], &w[6], &w[7],
                                                   &w[8], &w[9], &w[10], &w[11], &w[12], &w[13]));
    if (error == 0)
        __koito_stat_fill(status, w);
    return error;
}

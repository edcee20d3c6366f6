/*
 * __koito_sys_fchdir(): makes a directory descriptor's directory the working directory (libc, OS
 * port): the POSIX server's fchdir request.
 */
#include "port.h"
#include <koito/protocol/posix.h>

int __koito_sys_fchdir(int descriptor)
{
    return __koito_os_error(koito_posix_fchdir(__koito_os_port(), (uint64_t)(int64_t)descriptor));
}

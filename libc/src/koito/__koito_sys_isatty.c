/*
 * __koito_sys_isatty(): 1 when a descriptor is a terminal, 0 when it is not (libc, OS port): the
 * POSIX server's isatty request. A program without the server (the servers themselves) keeps the
 * old answer: 0, 1 and 2 are the console, a terminal.
 */
#include "port.h"
#include "protocol_call.h"
#include <errno.h>
#include <koito/protocol/posix.h>

int __koito_sys_isatty(int descriptor)
{
    int error = __koito_os_error(koito_posix_isatty(__koito_os_port(), (uint64_t)descriptor));
    if (error == -ENOSYS && descriptor >= 0 && descriptor <= 2)
        return 1;
    if (error == -ENOTTY)
        return 0;
    return error < 0 ? error : 1;
}

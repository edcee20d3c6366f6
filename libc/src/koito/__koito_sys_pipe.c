/*
 * __koito_sys_pipe(): makes a pipe: descriptors[0] reads, descriptors[1] writes (libc, OS port):
 * the POSIX server's pipe request, with O_CLOEXEC and O_NONBLOCK (pipe2's flags; Linux's values,
 * which are the protocol's).
 */
#include "port.h"
#include <errno.h>
#include <koito/protocol/posix.h>

int __koito_sys_pipe(int descriptors[2], int flags)
{
    uint64_t read_end = 0, write_end = 0;
    int error = __koito_os_error(
        koito_posix_pipe(__koito_os_port(), (uint64_t)(unsigned)flags, &read_end, &write_end));
    if (error < 0)
        return error;
    descriptors[0] = (int)read_end;
    descriptors[1] = (int)write_end;
    return 0;
}

/*
 * __koito_sys_sync(): writes an open file's data and metadata to its storage (libc, OS port).
 * KOITO's files live in the POSIX server's memory (tmpfs) or in the read-only initrd: once a
 * write has returned there is nothing more to write back, so a file or directory is in sync
 * already; what cannot be synchronised (a pipe, a device) is EINVAL, as on Linux. The server's
 * fstat request says which it is (and EBADF).
 */
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int __koito_sys_sync(int descriptor)
{
    struct stat status;
    int error = __koito_sys_fstat(descriptor, &status);
    if (error < 0)
        return error;
    return S_ISREG(status.st_mode) || S_ISDIR(status.st_mode) ? 0 : -EINVAL;
}

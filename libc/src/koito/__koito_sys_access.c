/*
 * __koito_sys_access(): checks a file's existence and mode (libc, OS port): the POSIX server's
 * access request; <unistd.h>'s R_OK, W_OK, X_OK are the protocol's.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <unistd.h>

_Static_assert(R_OK == KOITO_POSIX_ACCESS_R && W_OK == KOITO_POSIX_ACCESS_W &&
                   X_OK == KOITO_POSIX_ACCESS_X,
               "<unistd.h>'s access bits are the POSIX protocol's");

int __koito_sys_access(const char *path, int mode)
{
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(
        koito_posix_access(__koito_os_port(), (unsigned)mode, path, (uint64_t)length));
}

/*
 * __koito_sys_isatty(): 1 when a descriptor is a terminal, 0 when it is not
 * (libc, OS port). Interim version: descriptors 0, 1 and 2 are the console
 * (stdio's standard streams use it), which is a terminal; what any other
 * descriptor is only the POSIX server knows, so until it exists they fail
 * with ENOSYS.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_isatty(int descriptor)
{
    if (descriptor >= 0 && descriptor <= 2) {
        return 1;
    }
    return -ENOSYS;
}

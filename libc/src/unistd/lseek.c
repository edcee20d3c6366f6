/* lseek() (libc, unistd): moves a descriptor's file position, through the OS port (the POSIX
 * server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

off_t lseek(int descriptor, off_t offset, int whence)
{
    long long result = __koito_sys_seek(descriptor, offset, whence);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}

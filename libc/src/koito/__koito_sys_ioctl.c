/*
 * __koito_sys_ioctl(): a device control request on a descriptor (libc, OS
 * port). Interim version: this becomes a request to the POSIX server; until
 * that server exists it fails with ENOSYS, which ioctl() reports.
 */
#include "port.h"
#include <errno.h>

int __koito_sys_ioctl(int descriptor, unsigned long request, void *argument)
{
    (void)descriptor;
    (void)request;
    (void)argument;
    return -ENOSYS;
}

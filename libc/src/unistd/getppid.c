/* getppid() (libc, unistd): asks the OS port, which always answers. */
#include "port.h"
#include <unistd.h>

pid_t getppid(void)
{
    return __koito_sys_getppid();
}

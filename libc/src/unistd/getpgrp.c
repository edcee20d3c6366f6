/* getpgrp() (libc, unistd): the caller's process group; it cannot fail, so without the POSIX
 * server it is the caller's id (a process leads its own group). */
#include "port.h"
#include <unistd.h>

pid_t getpgrp(void)
{
    int group = 0;
    return __koito_sys_get_group(0, &group, NULL) < 0 ? getpid() : group;
}

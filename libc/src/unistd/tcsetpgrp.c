/* tcsetpgrp() (libc, unistd): makes a process group of the caller's session the foreground group
 * of the console, the group ^C and ^\ typed on it signal. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int tcsetpgrp(int descriptor, pid_t group)
{
    int result = group < 0 ? -EINVAL : __koito_sys_set_foreground(descriptor, group);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

/* tcgetpgrp() (libc, unistd): the foreground process group of the terminal (the console) the
 * descriptor is open on; ENOTTY for another descriptor or when the console is not the caller's
 * session's controlling terminal. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

pid_t tcgetpgrp(int descriptor)
{
    int group = __koito_sys_foreground(descriptor);
    if (group < 0) {
        errno = -group;
        return -1;
    }
    return group;
}

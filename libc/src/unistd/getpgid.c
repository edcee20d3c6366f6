/* getpgid() (libc, unistd): the process group of a process (0: the caller). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

pid_t getpgid(pid_t process)
{
    int group = 0;
    int result = process < 0 ? -ESRCH : __koito_sys_get_group(process, &group, NULL);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return group;
}

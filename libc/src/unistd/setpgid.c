/* setpgid() (libc, unistd): moves a process (0: the caller) into a process group (0: one of its
 * own); the POSIX server checks it (<koito/protocol/posix.h>, set_group). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int setpgid(pid_t process, pid_t group)
{
    int result = process < 0 || group < 0 ? -EINVAL : __koito_sys_set_group(process, group);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

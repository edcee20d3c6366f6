/* getsid() (libc, unistd): the session of a process (0: the caller). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

pid_t getsid(pid_t process)
{
    int session = 0;
    int result = process < 0 ? -ESRCH : __koito_sys_get_group(process, NULL, &session);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return session;
}

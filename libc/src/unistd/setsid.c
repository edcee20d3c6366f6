/* setsid() (libc, unistd): the caller leads a new session and a new process group; EPERM when it
 * leads a process group already. */
#include "port.h"
#include <errno.h>
#include <unistd.h>

pid_t setsid(void)
{
    int session = __koito_sys_new_session();
    if (session < 0) {
        errno = -session;
        return -1;
    }
    return session;
}

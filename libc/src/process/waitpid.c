/* waitpid() (libc, process): waits for a child process, through the OS port (the POSIX
 * server). */
#include "port.h"
#include <errno.h>
#include <sys/wait.h>

pid_t waitpid(pid_t process, int *status, int options)
{
    long long result = __koito_sys_waitpid(process, status, options);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (pid_t)result;
}

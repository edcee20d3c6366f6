/* wait() (libc, process): waits for any child process, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <sys/wait.h>

pid_t wait(int *status)
{
    long long result = __koito_sys_waitpid(-1, status, 0);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return (pid_t)result;
}

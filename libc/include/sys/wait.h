/*
 * <sys/wait.h>: waiting for child processes (libc, public header). Status
 * words use the usual encoding (exit status in bits 8-15, terminating signal
 * in bits 0-6). waitpid() asks the POSIX server.
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG   1
#define WUNTRACED 2

#define WEXITSTATUS(status) (((status)&0xff00) >> 8)
#define WTERMSIG(status)    ((status)&0x7f)
#define WSTOPSIG(status)    WEXITSTATUS(status)
#define WIFEXITED(status)   (WTERMSIG(status) == 0)
#define WIFSIGNALED(status) (WTERMSIG(status) != 0 && WTERMSIG(status) != 0x7f)
#define WIFSTOPPED(status)  (((status)&0xff) == 0x7f)

pid_t waitpid(pid_t process, int *status, int options);
pid_t wait(int *status);

#endif

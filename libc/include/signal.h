/*
 * <signal.h>: signals of KOITO-libc (libc, public header).
 *
 * Until the POSIX server delivers signals between processes, signals live
 * inside the process: signal() installs a handler, raise() runs it at once
 * (or the default action: end the program with status 128 + the signal's
 * number, or nothing for the signals whose default is to be ignored). The
 * numbers are Linux's.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define __KOITO_NEED_pid_t
#include <bits/types.h>

typedef int sig_atomic_t;
typedef unsigned long long sigset_t;
typedef void (*sighandler_t)(int);

#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int)) - 1)

#define SIGHUP    1
#define SIGINT    2
#define SIGQUIT   3
#define SIGILL    4
#define SIGTRAP   5
#define SIGABRT   6
#define SIGBUS    7
#define SIGFPE    8
#define SIGKILL   9
#define SIGUSR1   10
#define SIGSEGV   11
#define SIGUSR2   12
#define SIGPIPE   13
#define SIGALRM   14
#define SIGTERM   15
#define SIGCHLD   17
#define SIGCONT   18
#define SIGSTOP   19
#define SIGTSTP   20
#define SIGTTIN   21
#define SIGTTOU   22
#define SIGURG    23
#define SIGXCPU   24
#define SIGXFSZ   25
#define SIGVTALRM 26
#define SIGPROF   27
#define SIGWINCH  28
#define SIGSYS    31
#define NSIG      65

#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

void (*signal(int number, void (*handler)(int)))(int);
int raise(int number);

/* sigaction(): the handler part of POSIX's interface, over the same handler
 * table as signal(). Signals are raised within the process only (raise(), or
 * kill() of the process itself) until the POSIX server delivers them, so
 * sa_mask and the flags change nothing yet; SA_SIGINFO handlers are refused
 * with EINVAL. */
#define SA_NOCLDSTOP 1
#define SA_SIGINFO   4
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000

struct sigaction {
    void (*sa_handler)(int);
    sigset_t sa_mask;
    int sa_flags;
};

int sigaction(int number, const struct sigaction *restrict action, struct sigaction *restrict old);
/* kill(): a signal for this process is raised at once; other processes'
 * signals go through the POSIX server, which applies the default action
 * (handlers run only for signals a process raises for itself). */
int kill(pid_t process, int number);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int number);
int sigdelset(sigset_t *set, int number);
int sigismember(const sigset_t *set, int number);

#endif

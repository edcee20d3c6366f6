/*
 * <signal.h>: signals of KOITO-libc (libc, public header).
 *
 * POSIX signals between processes, delivered by the POSIX server: kill(),
 * SIGCHLD, SIGPIPE and SIGALRM reach a handler, are ignored, or get their
 * default action (the process ends as killed by the signal, and its parent
 * sees WTERMSIG). Handlers run on the main thread, which has the process's
 * one signal mask; the manual's POSIX chapter says how they are delivered
 * and what is async-signal-safe. The numbers are Linux's.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define __KOITO_NEED_pid_t
#define __KOITO_NEED_uid_t
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

#define SA_NOCLDSTOP 1
#define SA_SIGINFO   4
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000

/* si_code values: sent by kill() or raise(), by the system (SIGPIPE), by a
 * timer (SIGALRM of alarm() and setitimer()); SIGCHLD's say how the child
 * ended (si_status: its exit status, or the signal that ended it). */
#define SI_USER     0
#define SI_KERNEL   0x80
#define SI_TIMER    (-2)
#define CLD_EXITED  1
#define CLD_KILLED  2
/* A fault's signal says what happened (<koito/fault.h>): an address that is not mapped or an
 * access its protection refuses, an invalid opcode, an integer division by zero or another
 * floating-point exception, a misaligned access or a bad address on the stack segment. */
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define ILL_ILLOPC  1
#define FPE_INTDIV  1
#define FPE_FLTINV  7
#define BUS_ADRALN  1
#define BUS_ADRERR  2

union sigval {
    int sival_int;
    void *sival_ptr;
};

typedef struct {
    int si_signo;
    int si_errno;
    int si_code;
    pid_t si_pid;
    uid_t si_uid;
    int si_status;
    void *si_addr;
    union sigval si_value;
} siginfo_t;

struct sigaction {
    union {
        void (*sa_handler)(int);
        void (*sa_sigaction)(int, siginfo_t *, void *);
    } __sa_handler;
    sigset_t sa_mask;
    int sa_flags;
};
#define sa_handler   __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

/* sigaction(): sa_handler, or sa_sigaction with SA_SIGINFO (its third
 * argument is NULL); sa_mask; SA_RESTART, SA_NODEFER, SA_RESETHAND.
 * SIGKILL and SIGSTOP cannot be caught or ignored (EINVAL). */
int sigaction(int number, const struct sigaction *restrict action, struct sigaction *restrict old);
/* The process's signal mask (the main thread's; pthread_sigmask changes the
 * same one). SIGKILL and SIGSTOP are never blocked. */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigwait(const sigset_t *restrict set, int *restrict number);
/* kill(): a signal for this process is raised at once (its handler runs
 * before kill returns); other processes' signals, and process groups' (0:
 * the caller's, -group, -1: all it may signal), go through the POSIX
 * server. */
int kill(pid_t process, int number);
/* killpg(): kill(-group, number). */
int killpg(pid_t group, int number);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int number);
int sigdelset(sigset_t *set, int number);
int sigismember(const sigset_t *set, int number);

#endif

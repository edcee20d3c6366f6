/*
 * Conformance (POSIX <signal.h>): sigaction (old actions returned, SA_SIGINFO's si_signo,
 * si_code and si_pid from kill, sa_mask and the signal itself blocked in the handler, a signal
 * raised there delivered after it returns), raise, sigprocmask/sigpending (a blocked signal
 * pends and arrives when unblocked), sigsuspend, alarm with pause, alarm(0)'s seconds left,
 * SIGALRM interrupting a read without SA_RESTART (EINTR) and not with it, SIGCHLD with the child's
 * status, kill to a child (a handler there, and the default action), kill's and sigaction's errors.
 * Child modes: "usr1-exit" writes a byte to fd 1 once its SIGUSR1 handler is in place, then
 * waits: the handler exits 7; "wait" writes a byte to fd 1, then waits; "exit N"; "late"
 * writes a byte to fd 1 after two seconds.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static volatile sig_atomic_t handled_usr1;
static volatile sig_atomic_t handled_usr2;
static volatile sig_atomic_t order;
static volatile sig_atomic_t usr1_order, usr2_order;
static volatile sig_atomic_t mask_in_handler_ok;
static volatile sig_atomic_t info_signo, info_code;
static volatile pid_t info_pid;
static volatile sig_atomic_t alarms;
static volatile sig_atomic_t children_ended, child_code, child_status;
static volatile pid_t child_pid;

static void on_usr1(int signal_number)
{
    (void)signal_number;
    handled_usr1++;
    usr1_order = ++order;
}

static void on_usr2(int signal_number)
{
    (void)signal_number;
    handled_usr2++;
    usr2_order = ++order;
}

static void on_usr1_info(int signal_number, siginfo_t *info, void *context)
{
    (void)context;
    handled_usr1++;
    info_signo = info->si_signo == signal_number ? signal_number : -1;
    info_code = info->si_code;
    info_pid = info->si_pid;
}

/* Checks the mask inside the handler, then raises SIGUSR2, which sa_mask holds back. */
static void on_usr1_masked(int signal_number)
{
    sigset_t mask;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    mask_in_handler_ok = sigismember(&mask, signal_number) == 1 && sigismember(&mask, SIGUSR2) == 1;
    raise(SIGUSR2);
    usr1_order = ++order; /* before SIGUSR2's handler runs */
}

static void on_alarm(int signal_number)
{
    (void)signal_number;
    alarms++;
}

static void on_child(int signal_number, siginfo_t *info, void *context)
{
    (void)signal_number;
    (void)context;
    children_ended++;
    child_code = info->si_code;
    child_status = info->si_status;
    child_pid = info->si_pid;
}

static void install(int signal_number, void (*handler)(int), int flags, const sigset_t *mask)
{
    struct sigaction action = {.sa_handler = handler, .sa_flags = flags};
    if (mask != NULL)
        action.sa_mask = *mask;
    else
        sigemptyset(&action.sa_mask);
    CHECK_EQ(sigaction(signal_number, &action, NULL), 0);
}

static void test_actions(void)
{
    struct sigaction action = {.sa_handler = on_usr1}, old;
    sigemptyset(&action.sa_mask);
    CHECK_EQ(sigaction(SIGUSR1, &action, &old), 0);
    CHECK(old.sa_handler == SIG_DFL);
    CHECK_EQ(sigaction(SIGUSR1, NULL, &old), 0);
    CHECK(old.sa_handler == on_usr1);
    handled_usr1 = 0;
    CHECK_EQ(raise(SIGUSR1), 0);
    CHECK_EQ(handled_usr1, 1); /* before raise returned */
    CHECK_EQ(kill(getpid(), SIGUSR1), 0);
    CHECK_EQ(handled_usr1, 2);

    struct sigaction info_action = {.sa_sigaction = on_usr1_info, .sa_flags = SA_SIGINFO};
    sigemptyset(&info_action.sa_mask);
    CHECK_EQ(sigaction(SIGUSR1, &info_action, NULL), 0);
    CHECK_EQ(kill(getpid(), SIGUSR1), 0);
    CHECK_EQ(handled_usr1, 3);
    CHECK_EQ(info_signo, SIGUSR1);
    CHECK_EQ(info_code, SI_USER);
    CHECK_EQ(info_pid, getpid());
    CHECK_EQ(sigaction(SIGUSR1, NULL, &old), 0);
    CHECK(old.sa_flags & SA_SIGINFO);
    CHECK(old.sa_sigaction == on_usr1_info);

    sigset_t extra;
    sigemptyset(&extra);
    sigaddset(&extra, SIGUSR2);
    install(SIGUSR1, on_usr1_masked, 0, &extra);
    install(SIGUSR2, on_usr2, 0, NULL);
    order = 0;
    handled_usr2 = 0;
    CHECK_EQ(raise(SIGUSR1), 0);
    CHECK_EQ(mask_in_handler_ok, 1);
    CHECK_EQ(handled_usr2, 1); /* delivered once the first handler returned */
    CHECK_EQ(usr1_order, 1);
    CHECK_EQ(usr2_order, 2);
    sigset_t now;
    CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
    CHECK_EQ(sigismember(&now, SIGUSR1), 0); /* the handler's mask is gone */
    CHECK_EQ(sigismember(&now, SIGUSR2), 0);

    void (*previous)(int) = signal(SIGUSR1, SIG_IGN);
    CHECK(previous == on_usr1_masked);
    CHECK_EQ(raise(SIGUSR1), 0); /* ignored: nothing happens */
    CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN);

    errno = 0;
    CHECK_EQ(sigaction(SIGKILL, &action, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(sigaction(SIGSTOP, &action, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(sigaction(0, &action, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(sigaction(100000, &action, NULL), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK(signal(SIGKILL, SIG_IGN) == SIG_ERR);
    CHECK_EQ(errno, EINVAL);
}

static void test_mask_and_pending(void)
{
    install(SIGUSR1, on_usr1, 0, NULL);
    install(SIGUSR2, on_usr2, 0, NULL);
    sigset_t block, old, pending;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    CHECK_EQ(sigprocmask(SIG_BLOCK, &block, &old), 0);
    CHECK_EQ(sigismember(&old, SIGUSR1), 0);
    handled_usr1 = 0;
    CHECK_EQ(kill(getpid(), SIGUSR1), 0);
    CHECK_EQ(kill(getpid(), SIGUSR1), 0); /* a second while one pends: still one */
    CHECK_EQ(handled_usr1, 0);
    CHECK_EQ(sigpending(&pending), 0);
    CHECK_EQ(sigismember(&pending, SIGUSR1), 1);
    CHECK_EQ(sigismember(&pending, SIGUSR2), 0);
    CHECK_EQ(sigprocmask(SIG_UNBLOCK, &block, NULL), 0);
    CHECK_EQ(handled_usr1, 1); /* delivered before sigprocmask returned */
    CHECK_EQ(sigpending(&pending), 0);
    CHECK_EQ(sigismember(&pending, SIGUSR1), 0);

    sigset_t all, now;
    sigfillset(&all);
    CHECK_EQ(sigprocmask(SIG_SETMASK, &all, &old), 0);
    CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &now), 0);
    CHECK_EQ(sigismember(&now, SIGUSR2), 1);
    CHECK_EQ(sigismember(&now, SIGKILL), 0); /* cannot be blocked */
    CHECK_EQ(sigprocmask(SIG_SETMASK, &old, NULL), 0);
    errno = 0;
    CHECK_EQ(sigprocmask(12345, &block, NULL), -1);
    CHECK_EQ(errno, EINVAL);

    /* sigsuspend: the pending signal arrives during the wait, then the mask is back. */
    CHECK_EQ(sigprocmask(SIG_BLOCK, &block, &old), 0);
    CHECK_EQ(raise(SIGUSR1), 0);
    CHECK_EQ(handled_usr1, 1);
    sigset_t wait_mask;
    sigemptyset(&wait_mask);
    errno = 0;
    CHECK_EQ(sigsuspend(&wait_mask), -1);
    CHECK_EQ(errno, EINTR);
    CHECK_EQ(handled_usr1, 2);
    CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
    CHECK_EQ(sigismember(&now, SIGUSR1), 1);
    CHECK_EQ(sigprocmask(SIG_SETMASK, &old, NULL), 0);

    CHECK_EQ(sigemptyset(&block), 0);
    CHECK_EQ(sigaddset(&block, SIGINT), 0);
    CHECK_EQ(sigismember(&block, SIGINT), 1);
    CHECK_EQ(sigdelset(&block, SIGINT), 0);
    CHECK_EQ(sigismember(&block, SIGINT), 0);
    errno = 0;
    CHECK_EQ(sigaddset(&block, 100000), -1);
    CHECK_EQ(errno, EINVAL);
}

static void test_alarm(void)
{
    install(SIGALRM, on_alarm, 0, NULL);
    alarms = 0;
    CHECK_EQ(alarm(1), 0);
    while (alarms == 0) {
        errno = 0;
        CHECK_EQ(pause(), -1);
        CHECK_EQ(errno, EINTR);
    }
    CHECK_EQ(alarms, 1);
    CHECK_EQ(alarm(30), 0);
    unsigned left = alarm(0); /* cancels it */
    CHECK(left >= 29 && left <= 30);
    CHECK_EQ(alarm(0), 0);

    /* A read that waits is cut short by a handler without SA_RESTART. */
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(alarm(1), 0);
    char byte;
    errno = 0;
    CHECK_EQ(read(ends[0], &byte, 1), -1);
    CHECK_EQ(errno, EINTR);
    CHECK_EQ(alarms, 2);
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);
}

static pid_t spawn_with_pipe(const char *self, const char *mode, const char *value, int *reader);

/* With SA_RESTART the same read goes on after the handler and gets the byte a child writes a
 * second after the alarm. */
static void test_restart(const char *self)
{
    install(SIGALRM, on_alarm, SA_RESTART, NULL);
    alarms = 0;
    int reader = -1;
    CHECK_EQ(alarm(1), 0);
    pid_t child = spawn_with_pipe(self, "late", NULL, &reader);
    char byte = 0;
    CHECK_EQ(read(reader, &byte, 1), 1);
    CHECK_EQ(byte, 'w');
    CHECK_EQ(alarms, 1); /* the handler ran while the read waited */
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_EQ(close(reader), 0);
    signal(SIGALRM, SIG_DFL);
}

static pid_t spawn_with_pipe(const char *self, const char *mode, const char *value, int *reader)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fcntl(ends[0], F_SETFD, FD_CLOEXEC), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFD, FD_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    if (reader != NULL)
        CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[1], 1), 0);
    char *arguments[] = {(char *)self, (char *)mode, (char *)value, NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, &actions, NULL, arguments, environ), 0);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    CHECK_EQ(close(ends[1]), 0);
    if (reader != NULL)
        *reader = ends[0];
    else
        CHECK_EQ(close(ends[0]), 0);
    return child;
}

static void test_children(const char *self)
{
    int ready = -1;
    char byte;
    pid_t child = spawn_with_pipe(self, "usr1-exit", NULL, &ready);
    CHECK_EQ(read(ready, &byte, 1), 1); /* its handler is in place */
    CHECK_EQ(kill(child, 0), 0);        /* alive: signal 0 checks only */
    CHECK_EQ(kill(child, SIGUSR1), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7);
    CHECK_EQ(close(ready), 0);

    child = spawn_with_pipe(self, "wait", NULL, &ready);
    CHECK_EQ(read(ready, &byte, 1), 1);
    CHECK_EQ(kill(child, SIGTERM), 0); /* the default action ends it */
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK_EQ(close(ready), 0);
    errno = 0;
    CHECK_EQ(kill(child, SIGTERM), -1); /* collected: no such process */
    CHECK_EQ(errno, ESRCH);
    errno = 0;
    CHECK_EQ(kill(getpid(), -1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(kill(getpid(), 100000), -1);
    CHECK_EQ(errno, EINVAL);

    /* SIGCHLD arrives with the child's pid and status. */
    struct sigaction action = {.sa_sigaction = on_child, .sa_flags = SA_SIGINFO};
    sigemptyset(&action.sa_mask);
    CHECK_EQ(sigaction(SIGCHLD, &action, NULL), 0);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    CHECK_EQ(sigprocmask(SIG_BLOCK, &block, &old), 0);
    children_ended = 0;
    child = spawn_with_pipe(self, "exit", "5", NULL);
    sigset_t wait_mask = old;
    sigdelset(&wait_mask, SIGCHLD);
    while (children_ended == 0)
        sigsuspend(&wait_mask);
    CHECK_EQ(children_ended, 1);
    CHECK_EQ(child_pid, child);
    CHECK_EQ(child_code, CLD_EXITED);
    CHECK_EQ(child_status, 5);
    CHECK_EQ(kill(child, 0), 0); /* ended but not collected: it still exists */
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5);
    CHECK_EQ(sigprocmask(SIG_SETMASK, &old, NULL), 0);
    signal(SIGCHLD, SIG_DFL);
}

static void exit_seven(int signal_number)
{
    (void)signal_number;
    _exit(7);
}

static int child_wait(int with_handler)
{
    if (with_handler)
        install(SIGUSR1, exit_seven, 0, NULL);
    if (write(1, "r", 1) != 1)
        return 1;
    for (;;)
        pause();
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "usr1-exit") == 0)
        return child_wait(1);
    if (argc > 1 && strcmp(argv[1], "wait") == 0)
        return child_wait(0);
    if (argc > 2 && strcmp(argv[1], "exit") == 0)
        return atoi(argv[2]);
    if (argc > 1 && strcmp(argv[1], "late") == 0) {
        sleep(2);
        return write(1, "w", 1) != 1;
    }
    test_actions();
    test_mask_and_pending();
    test_alarm();
    test_restart(argv[0]);
    test_children(argv[0]);
    return check_summary();
}

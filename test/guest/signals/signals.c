/*
 * The signals suite (test/guest/signals): POSIX signals through the POSIX server and KOITO-libc's
 * signal thread. The suite is the init program of signals.conf (the configuration started it, so
 * the server never ends it); what must end a process runs in /bin/sig-child (sig_child.c),
 * spawned with its descriptor 1 on a pipe when the suite reads what it says. system() runs
 * /bin/koito-sh, which runs /bin/sig-child.
 */
#include <guest_test.h>

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHILD "/bin/sig-child"

static volatile sig_atomic_t caught;
static volatile sig_atomic_t caught_count;
static siginfo_t caught_info;
static sigset_t mask_in_handler;

static void note(int number)
{
    caught = number;
    caught_count++;
    sigprocmask(SIG_BLOCK, NULL, &mask_in_handler);
}

static void note_info(int number, siginfo_t *info, void *context)
{
    (void)context;
    caught_info = *info;
    note(number);
}

static void reset(void)
{
    caught = 0;
    caught_count = 0;
    memset(&caught_info, 0, sizeof caught_info);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

static void install(int number, void (*handler)(int), int flags)
{
    struct sigaction action = {.sa_handler = handler, .sa_flags = flags};
    sigemptyset(&action.sa_mask);
    GUEST_CHECK_EQ(sigaction(number, &action, NULL), 0);
}

static void install_info(int number)
{
    struct sigaction action = {.sa_sigaction = note_info, .sa_flags = SA_SIGINFO};
    sigemptyset(&action.sa_mask);
    GUEST_CHECK_EQ(sigaction(number, &action, NULL), 0);
}

static void restore(int number)
{
    signal(number, SIG_DFL);
}

static sigset_t only(int number)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, number);
    return set;
}

/* Start CHILD with request and argument, its descriptors 0 and 1 on input and output (-1: the
 * suite's). */
static pid_t start_with(const char *request, const char *argument, int input, int output)
{
    char *argv[] = {"sig-child", (char *)request, (char *)argument, NULL};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (input >= 0)
        posix_spawn_file_actions_adddup2(&actions, input, 0);
    if (output >= 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1);
    pid_t pid = -1;
    int error = posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    GUEST_CHECK_EQ(error, 0);
    return error == 0 ? pid : -1;
}

static pid_t start(const char *request, const char *argument, int output)
{
    return start_with(request, argument, -1, output);
}

static void nap(long milliseconds)
{
    struct timespec time = {0, milliseconds * 1000000L};
    nanosleep(&time, NULL);
}

/* Read the child's byte `expected` from the pipe end. */
static void expect_byte(int end, char expected)
{
    char byte = 0;
    GUEST_CHECK_EQ(read(end, &byte, 1), 1);
    GUEST_CHECK_EQ(byte, expected);
}

static int finish(pid_t pid)
{
    int status = -1;
    pid_t got;
    do {
        got = waitpid(pid, &status, 0);
    } while (got < 0 && errno == EINTR);
    GUEST_CHECK_EQ(got, pid);
    return status;
}

static void test_raise_runs_handler(void)
{
    reset();
    install_info(SIGUSR1);
    GUEST_CHECK_EQ(raise(SIGUSR1), 0);
    GUEST_CHECK_EQ(caught, SIGUSR1);
    GUEST_CHECK_EQ(caught_info.si_signo, SIGUSR1);
    GUEST_CHECK_EQ(caught_info.si_code, SI_USER);
    GUEST_CHECK_EQ(caught_info.si_pid, getpid());
    GUEST_CHECK_EQ(kill(getpid(), SIGUSR1), 0);
    GUEST_CHECK_EQ(caught_count, 2);
    restore(SIGUSR1);
}

static void test_kill_from_another_process(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t child = start("wait-usr1", NULL, ends[1]);
    close(ends[1]);
    expect_byte(ends[0], 'r');
    GUEST_CHECK_EQ(kill(child, SIGUSR1), 0);
    GUEST_CHECK_EQ(finish(child), 0);
    close(ends[0]);
}

static void test_mask_blocks_and_sigpending_shows(void)
{
    reset();
    install(SIGUSR1, note, 0);
    sigset_t usr1 = only(SIGUSR1), pending;
    GUEST_CHECK_EQ(sigprocmask(SIG_BLOCK, &usr1, NULL), 0);
    GUEST_CHECK_EQ(raise(SIGUSR1), 0);
    GUEST_CHECK_EQ(caught, 0);
    GUEST_CHECK_EQ(sigpending(&pending), 0);
    GUEST_CHECK(sigismember(&pending, SIGUSR1));
    GUEST_CHECK_EQ(sigprocmask(SIG_UNBLOCK, &usr1, NULL), 0);
    GUEST_CHECK_EQ(caught, SIGUSR1);
    GUEST_CHECK_EQ(sigpending(&pending), 0);
    GUEST_CHECK(!sigismember(&pending, SIGUSR1));
    /* SIGKILL and SIGSTOP are never blocked. */
    sigset_t all, now;
    sigfillset(&all);
    GUEST_CHECK_EQ(sigprocmask(SIG_SETMASK, &all, NULL), 0);
    GUEST_CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &now), 0);
    GUEST_CHECK(!sigismember(&now, SIGKILL));
    GUEST_CHECK(!sigismember(&now, SIGSTOP));
    GUEST_CHECK(sigismember(&now, SIGTERM));
    GUEST_CHECK_EQ(pthread_sigmask(SIG_UNBLOCK, &all, NULL), 0);
    restore(SIGUSR1);
}

static void test_handler_masks(void)
{
    reset();
    struct sigaction action = {.sa_handler = note};
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGUSR2);
    GUEST_CHECK_EQ(sigaction(SIGUSR1, &action, NULL), 0);
    raise(SIGUSR1);
    GUEST_CHECK(sigismember(&mask_in_handler, SIGUSR1));
    GUEST_CHECK(sigismember(&mask_in_handler, SIGUSR2));
    action.sa_flags = SA_NODEFER;
    sigemptyset(&action.sa_mask);
    GUEST_CHECK_EQ(sigaction(SIGUSR1, &action, NULL), 0);
    raise(SIGUSR1);
    GUEST_CHECK(!sigismember(&mask_in_handler, SIGUSR1));
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    GUEST_CHECK(!sigismember(&now, SIGUSR1)); /* the mask is back after the handler */
    restore(SIGUSR1);
}

static void test_resethand(void)
{
    reset();
    install(SIGUSR1, note, SA_RESETHAND);
    raise(SIGUSR1);
    GUEST_CHECK_EQ(caught, SIGUSR1);
    struct sigaction now;
    GUEST_CHECK_EQ(sigaction(SIGUSR1, NULL, &now), 0);
    GUEST_CHECK(now.sa_handler == SIG_DFL);
}

static void test_sigwait(void)
{
    reset();
    install(SIGUSR2, note, 0);
    sigset_t usr2 = only(SIGUSR2);
    sigprocmask(SIG_BLOCK, &usr2, NULL);
    raise(SIGUSR2);
    int got = 0;
    GUEST_CHECK_EQ(sigwait(&usr2, &got), 0);
    GUEST_CHECK_EQ(got, SIGUSR2);
    GUEST_CHECK_EQ(caught, 0); /* taken, not handled */
    reset();
    restore(SIGUSR2);
}

/* The child waits in a blocking call (request with argument restart) after it said 'r' on its
 * descriptor 1; SIGUSR1 comes a moment later, then 'x' on its descriptor 0. */
static void interrupt_child(const char *request, const char *restart)
{
    int input[2], output[2];
    GUEST_CHECK_EQ(pipe(input), 0);
    GUEST_CHECK_EQ(pipe(output), 0);
    pid_t child = start_with(request, restart, input[0], output[1]);
    close(input[0]);
    close(output[1]); /* a child that dies early is an end of file, not a hang */
    expect_byte(output[0], 'r');
    nap(100);
    GUEST_CHECK_EQ(kill(child, SIGUSR1), 0);
    if (strcmp(request, "sleep") == 0) {
        expect_byte(output[0], 's');
        nap(100);
        GUEST_CHECK_EQ(kill(child, SIGUSR1), 0);
    }
    /* The handler runs before the byte comes (the child's signal thread has had time). */
    nap(100);
    signal(SIGPIPE, SIG_IGN);
    write(input[1], "x", 1);
    signal(SIGPIPE, SIG_DFL);
    GUEST_CHECK_EQ(finish(child), 0);
    close(input[1]);
    close(output[0]);
}

static void test_pipe_read_eintr(void)
{
    interrupt_child("read", "0");
}

static void test_pipe_read_restart(void)
{
    interrupt_child("read", "1");
}

/* nanosleep and sleep end early with EINTR (and the time left), SA_RESTART or not. */
static void test_sleeps_interrupted(void)
{
    interrupt_child("sleep", "0");
    interrupt_child("sleep", "1");
}

/* poll, select and pselect waiting with no limit end with EINTR when a handler runs, SA_RESTART
 * or not (sig_child.c: wait_interrupted). */
static void test_waits_interrupted_by_another_process(void)
{
    interrupt_child("poll", "0");
    interrupt_child("poll", "1");
    interrupt_child("select", "0");
    interrupt_child("select", "1");
    interrupt_child("pselect", "1");
}

/* The alarm's handler (SA_RESTART: poll and select are not restarted anyway) ends a wait on a
 * pipe nobody writes to: poll without a limit, select and pselect with one of 5 s. */
static void test_waits_interrupted_by_alarm(void)
{
    reset();
    install(SIGALRM, note, SA_RESTART);
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    struct itimerval soon = {{0, 0}, {0, 20000}};
    struct pollfd entry = {ends[0], POLLIN, 0};
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &soon, NULL), 0);
    GUEST_CHECK_EQ(poll(&entry, 1, -1), -1);
    GUEST_CHECK_EQ(errno, EINTR);
    GUEST_CHECK_EQ(caught, SIGALRM);

    caught = 0;
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    struct timeval limit = {5, 0};
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &soon, NULL), 0);
    GUEST_CHECK_EQ(select(ends[0] + 1, &readable, NULL, NULL, &limit), -1);
    GUEST_CHECK_EQ(errno, EINTR);
    GUEST_CHECK_EQ(caught, SIGALRM);

    /* pselect: the alarm is blocked but for the wait, and blocked again afterwards. */
    caught = 0;
    sigset_t alarm_only = only(SIGALRM), none, after;
    sigemptyset(&none);
    sigprocmask(SIG_BLOCK, &alarm_only, NULL);
    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    struct timespec five = {5, 0};
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &soon, NULL), 0);
    GUEST_CHECK_EQ(pselect(ends[0] + 1, &readable, NULL, NULL, &five, &none), -1);
    GUEST_CHECK_EQ(errno, EINTR);
    GUEST_CHECK_EQ(caught, SIGALRM);
    sigprocmask(SIG_BLOCK, NULL, &after);
    GUEST_CHECK(sigismember(&after, SIGALRM));
    reset();
    restore(SIGALRM);
    close(ends[0]);
    close(ends[1]);
}

/* A signal pending and blocked when pselect starts runs its handler as the mask opens: EINTR at
 * once, as if the change of mask and the wait were one step. */
static void test_pselect_pending_signal(void)
{
    reset();
    install(SIGUSR1, note, 0);
    sigset_t usr1 = only(SIGUSR1), none, after;
    sigemptyset(&none);
    sigprocmask(SIG_BLOCK, &usr1, NULL);
    raise(SIGUSR1);
    GUEST_CHECK_EQ(caught, 0);
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    struct timespec five = {5, 0};
    GUEST_CHECK_EQ(pselect(ends[0] + 1, &readable, NULL, NULL, &five, &none), -1);
    GUEST_CHECK_EQ(errno, EINTR);
    GUEST_CHECK_EQ(caught, SIGUSR1);
    sigprocmask(SIG_BLOCK, NULL, &after);
    GUEST_CHECK(sigismember(&after, SIGUSR1));
    reset();
    restore(SIGUSR1);
    close(ends[0]);
    close(ends[1]);
}

static void *interrupt_later(void *unused)
{
    (void)unused;
    nap(150);
    int sent = kill(getpid(), SIGINT) == 0 && kill(getpid(), SIGQUIT) == 0;
    return sent ? (void *)1 : NULL;
}

/* While system() waits for its command, SIGINT and SIGQUIT sent to the caller are ignored (their
 * handlers never run, then or later); afterwards the handlers are back. */
static void test_system_ignores_interrupts(void)
{
    reset();
    install(SIGINT, note, 0);
    install(SIGQUIT, note, 0);
    pthread_t thread;
    GUEST_CHECK_EQ(pthread_create(&thread, NULL, interrupt_later, NULL), 0);
    int status = system(CHILD " nap 600");
    void *sent = NULL;
    GUEST_CHECK_EQ(pthread_join(thread, &sent), 0);
    GUEST_CHECK(sent != NULL);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 0);
    nap(50);
    GUEST_CHECK_EQ(caught, 0);
    struct sigaction now;
    GUEST_CHECK_EQ(sigaction(SIGINT, NULL, &now), 0);
    GUEST_CHECK(now.sa_handler == note);
    GUEST_CHECK_EQ(sigaction(SIGQUIT, NULL, &now), 0);
    GUEST_CHECK(now.sa_handler == note);
    sigset_t mask;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    GUEST_CHECK(!sigismember(&mask, SIGCHLD));
    raise(SIGINT);
    GUEST_CHECK_EQ(caught, SIGINT);
    reset();
    restore(SIGINT);
    restore(SIGQUIT);
}

static void test_sigchld(void)
{
    reset();
    install_info(SIGCHLD);
    sigset_t chld = only(SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    pid_t child = start("exit", "7", -1);
    int status = finish(child);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 7);
    sigset_t none;
    sigemptyset(&none);
    GUEST_CHECK_EQ(sigsuspend(&none), -1);
    GUEST_CHECK_EQ(caught, SIGCHLD);
    GUEST_CHECK_EQ(caught_info.si_pid, child);
    GUEST_CHECK_EQ(caught_info.si_code, CLD_EXITED);
    GUEST_CHECK_EQ(caught_info.si_status, 7);
    reset();
    restore(SIGCHLD);
}

static void test_sigpipe_kills_by_default(void)
{
    int status = finish(start("pipe", NULL, -1));
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), SIGPIPE);
}

static void test_sigpipe_ignored_or_caught_gives_epipe(void)
{
    reset();
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    close(ends[0]);
    signal(SIGPIPE, SIG_IGN);
    GUEST_CHECK_EQ(write(ends[1], "x", 1), -1);
    GUEST_CHECK_EQ(errno, EPIPE);
    install(SIGPIPE, note, 0);
    sigset_t pipe_only = only(SIGPIPE), pending;
    sigprocmask(SIG_BLOCK, &pipe_only, NULL);
    GUEST_CHECK_EQ(write(ends[1], "x", 1), -1);
    GUEST_CHECK_EQ(errno, EPIPE);
    GUEST_CHECK_EQ(sigpending(&pending), 0);
    GUEST_CHECK(sigismember(&pending, SIGPIPE));
    sigprocmask(SIG_UNBLOCK, &pipe_only, NULL);
    GUEST_CHECK_EQ(caught, SIGPIPE);
    close(ends[1]);
    restore(SIGPIPE);
}

static void test_alarm_delivers_sigalrm(void)
{
    reset();
    install(SIGALRM, note, 0);
    struct itimerval timer = {{0, 0}, {0, 20000}}, now;
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &timer, NULL), 0);
    GUEST_CHECK_EQ(getitimer(ITIMER_REAL, &now), 0);
    GUEST_CHECK(now.it_value.tv_sec == 0 && now.it_value.tv_usec > 0);
    GUEST_CHECK_EQ(pause(), -1);
    GUEST_CHECK_EQ(errno, EINTR);
    GUEST_CHECK_EQ(caught, SIGALRM);
    GUEST_CHECK_EQ(getitimer(ITIMER_REAL, &now), 0);
    GUEST_CHECK(now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0);
    /* A periodic timer fires again and again. */
    caught_count = 0;
    struct itimerval periodic = {{0, 10000}, {0, 10000}};
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &periodic, NULL), 0);
    while (caught_count < 3)
        pause();
    struct itimerval off = {{0, 0}, {0, 0}}, old;
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &off, &old), 0);
    GUEST_CHECK_EQ(old.it_interval.tv_usec, 10000);
    restore(SIGALRM);
}

static void test_alarm_zero_returns_seconds_left(void)
{
    GUEST_CHECK_EQ(alarm(0), 0);
    GUEST_CHECK_EQ(alarm(100), 0);
    unsigned left = alarm(0);
    GUEST_CHECK(left == 100 || left == 99);
    GUEST_CHECK_EQ(alarm(0), 0);
}

static void test_alarm_kills_by_default(void)
{
    int status = finish(start("alarm", NULL, -1));
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), SIGALRM);
}

static void test_busy_loop_gets_handler(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t child = start("busy", NULL, ends[1]);
    close(ends[1]);
    char byte = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'r');
    GUEST_CHECK_EQ(kill(child, SIGUSR1), 0);
    int status = finish(child);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 0);
    close(ends[0]);
}

static void test_abort_runs_handler_then_ends(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t child = start("abort", NULL, ends[1]);
    close(ends[1]);
    int status = finish(child);
    char byte = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'a' + SIGABRT);
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), SIGABRT);
    close(ends[0]);
}

static void test_unblocked_default_ends(void)
{
    int status = finish(start("blocked-term", NULL, -1));
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), SIGTERM);
}

static void test_errors(void)
{
    struct sigaction action = {.sa_handler = note}, old;
    errno = 0;
    GUEST_CHECK_EQ(sigaction(0, &action, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(sigaction(NSIG, &action, NULL), -1);
    GUEST_CHECK_EQ(sigaction(SIGKILL, &action, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(sigaction(SIGSTOP, &action, NULL), -1);
    action.sa_handler = SIG_IGN;
    GUEST_CHECK_EQ(sigaction(SIGKILL, &action, NULL), -1);
    GUEST_CHECK_EQ(sigaction(SIGKILL, NULL, &old), 0);
    GUEST_CHECK(old.sa_handler == SIG_DFL);
    action = (struct sigaction){.sa_handler = note, .sa_flags = 0x100};
    GUEST_CHECK_EQ(sigaction(SIGUSR1, &action, NULL), -1);
    GUEST_CHECK(signal(SIGKILL, note) == SIG_ERR);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK(signal(SIGUSR1, SIG_ERR) == SIG_ERR);
    GUEST_CHECK_EQ(sigprocmask(99, &old.sa_mask, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(raise(0), -1);
    GUEST_CHECK_EQ(raise(NSIG), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(kill(getpid(), NSIG), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(kill(54321, SIGTERM), -1);
    GUEST_CHECK_EQ(errno, ESRCH);
    sigset_t set;
    sigemptyset(&set);
    int got;
    GUEST_CHECK_EQ(sigwait(&set, &got), EINVAL);
    GUEST_CHECK_EQ(sigaddset(&set, NSIG), -1);
    struct itimerval timer = {{0, 0}, {0, 1000}};
    GUEST_CHECK_EQ(setitimer(ITIMER_VIRTUAL, &timer, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    timer.it_value.tv_usec = 1000000;
    GUEST_CHECK_EQ(setitimer(ITIMER_REAL, &timer, NULL), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(getitimer(ITIMER_PROF, &timer), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
}

static void test_eperm_for_a_parent(void)
{
    /* A process signals itself and its descendants only: not its parent. */
    int status = finish(start("kill-parent", NULL, -1));
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), EPERM);
}

static const struct guest_test tests[] = {
    {"raise and kill of itself run the handler (SA_SIGINFO)", test_raise_runs_handler},
    {"kill from another process runs the handler", test_kill_from_another_process},
    {"the mask blocks, sigpending shows, unblocking delivers",
     test_mask_blocks_and_sigpending_shows},
    {"sa_mask and SA_NODEFER while the handler runs", test_handler_masks},
    {"SA_RESETHAND", test_resethand},
    {"sigwait takes blocked signals", test_sigwait},
    {"a blocking pipe read: EINTR", test_pipe_read_eintr},
    {"a blocking pipe read: SA_RESTART", test_pipe_read_restart},
    {"nanosleep and sleep are interrupted", test_sleeps_interrupted},
    {"poll, select, pselect: EINTR by another process's kill",
     test_waits_interrupted_by_another_process},
    {"poll, select, pselect: EINTR by the alarm", test_waits_interrupted_by_alarm},
    {"pselect: a pending signal its mask lets through", test_pselect_pending_signal},
    {"system: SIGINT and SIGQUIT ignored while it waits", test_system_ignores_interrupts},
    {"SIGCHLD arrives with the child's status", test_sigchld},
    {"SIGPIPE ends a writer by default", test_sigpipe_kills_by_default},
    {"SIGPIPE ignored or caught: EPIPE", test_sigpipe_ignored_or_caught_gives_epipe},
    {"setitimer and alarm deliver SIGALRM", test_alarm_delivers_sigalrm},
    {"alarm(0) returns the seconds left", test_alarm_zero_returns_seconds_left},
    {"SIGALRM ends a process by default", test_alarm_kills_by_default},
    {"a busy loop without calls gets its handler", test_busy_loop_gets_handler},
    {"abort runs the SIGABRT handler, then ends by SIGABRT", test_abort_runs_handler_then_ends},
    {"an unblocked pending SIGTERM ends the process", test_unblocked_default_ends},
    {"errno values", test_errors},
    {"a child may not signal its parent: EPERM", test_eperm_for_a_parent},
};

int main(void)
{
    return guest_test_run("signals", tests, sizeof tests / sizeof tests[0]);
}

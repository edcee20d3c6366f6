/*
 * The child of the signals suite (test/guest/signals): argv[1] names what it does, the exit
 * status (or the signal that ends it) is what the suite checks. Descriptor 1 is a pipe on which
 * it tells the suite it is ready ('r'), descriptor 0 one the suite may write to. Only the suite
 * may signal it: a process signals itself and its descendants.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t caught;

static void note(int number)
{
    caught = number;
}

static void tell_and_return(int number)
{
    char byte = (char)('a' + number);
    write(1, &byte, 1);
}

static siginfo_t caught_info;

static void note_info(int number, siginfo_t *info, void *context)
{
    (void)context;
    caught_info = *info;
    caught = number;
}

static void install(int flags)
{
    struct sigaction action = {.sa_handler = note, .sa_flags = flags};
    sigemptyset(&action.sa_mask);
    sigaction(SIGUSR1, &action, NULL);
}

/* Wait for SIGUSR1 from the parent in sigsuspend; 0 if it came from the parent, with SI_USER. */
static int wait_usr1(void)
{
    struct sigaction action = {.sa_sigaction = note_info, .sa_flags = SA_SIGINFO};
    sigemptyset(&action.sa_mask);
    sigaction(SIGUSR1, &action, NULL);
    sigset_t usr1, none;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigemptyset(&none);
    sigprocmask(SIG_BLOCK, &usr1, NULL);
    if (write(1, "r", 1) != 1)
        return 1;
    if (sigsuspend(&none) != -1 || errno != EINTR || caught != SIGUSR1)
        return 2;
    return caught_info.si_pid == getppid() && caught_info.si_code == SI_USER ? 0 : 3;
}

/* A blocking read of descriptor 0 that SIGUSR1 interrupts: EINTR, or 'x' with SA_RESTART. */
static int read_interrupted(int restart)
{
    install(restart ? SA_RESTART : 0);
    if (write(1, "r", 1) != 1)
        return 1;
    char byte = 0;
    ssize_t count = read(0, &byte, 1);
    if (caught != SIGUSR1)
        return 2;
    if (restart)
        return count == 1 && byte == 'x' ? 0 : 3;
    return count == -1 && errno == EINTR ? 0 : 4;
}

/* poll, select or pselect (which) with no time limit on descriptor 0, which SIGUSR1 interrupts:
 * EINTR, SA_RESTART or not (they are never restarted). pselect waits with SIGUSR1 unblocked by
 * its mask only, and the mask is back afterwards. */
static int wait_interrupted(const char *which, int restart)
{
    install(restart ? SA_RESTART : 0);
    sigset_t usr1, none, after;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigemptyset(&none);
    if (strcmp(which, "pselect") == 0)
        sigprocmask(SIG_BLOCK, &usr1, NULL);
    if (write(1, "r", 1) != 1)
        return 1;
    int result;
    if (strcmp(which, "poll") == 0) {
        struct pollfd entry = {0, POLLIN, 0};
        result = poll(&entry, 1, -1);
    } else {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(0, &readable);
        result = strcmp(which, "select") == 0 ? select(1, &readable, NULL, NULL, NULL)
                                              : pselect(1, &readable, NULL, NULL, NULL, &none);
    }
    if (result != -1 || errno != EINTR)
        return 2;
    if (caught != SIGUSR1)
        return 3;
    sigprocmask(SIG_BLOCK, NULL, &after);
    return sigismember(&after, SIGUSR1) == (strcmp(which, "pselect") == 0) ? 0 : 4;
}

/* nanosleep(5 s) that SIGUSR1 interrupts: EINTR with time left, SA_RESTART or not; then sleep. */
static int sleep_interrupted(int restart)
{
    install(restart ? SA_RESTART : 0);
    if (write(1, "r", 1) != 1)
        return 1;
    struct timespec request = {5, 0}, left = {0, 0};
    if (nanosleep(&request, &left) != -1 || errno != EINTR || caught != SIGUSR1)
        return 2;
    if (left.tv_sec < 1 || left.tv_sec >= 5)
        return 3;
    caught = 0;
    if (write(1, "s", 1) != 1)
        return 4;
    unsigned rest = sleep(5);
    return rest >= 1 && rest <= 5 && caught == SIGUSR1 ? 0 : 5;
}

/* Loop without a single call until the SIGUSR1 handler runs. */
static int busy(void)
{
    signal(SIGUSR1, note);
    if (write(1, "r", 1) != 1)
        return 1;
    for (unsigned long long spins = 0; caught == 0; spins++) {
        if (spins > 4000000000ull)
            return 3;
    }
    return caught == SIGUSR1 ? 0 : 2;
}

static int broken_pipe(void)
{
    int ends[2];
    if (pipe(ends) != 0)
        return 1;
    close(ends[0]);
    write(ends[1], "x", 1);
    return 2; /* SIGPIPE should have ended it */
}

static int alarm_default(void)
{
    struct itimerval timer = {{0, 0}, {0, 30000}};
    if (setitimer(ITIMER_REAL, &timer, NULL) != 0)
        return 1;
    pause();
    return 2;
}

static int abort_with_handler(void)
{
    signal(SIGABRT, tell_and_return);
    abort();
}

/* A blocked SIGTERM stays pending; unblocking it ends the process. */
static int blocked_term(void)
{
    sigset_t term, pending;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    sigprocmask(SIG_BLOCK, &term, NULL);
    raise(SIGTERM);
    if (sigpending(&pending) != 0 || !sigismember(&pending, SIGTERM))
        return 1;
    sigprocmask(SIG_UNBLOCK, &term, NULL);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 98;
    const char *request = argv[1];
    if (strcmp(request, "wait-usr1") == 0)
        return wait_usr1();
    if (strcmp(request, "read") == 0 && argc > 2)
        return read_interrupted(atoi(argv[2]));
    if (strcmp(request, "sleep") == 0 && argc > 2)
        return sleep_interrupted(atoi(argv[2]));
    if ((strcmp(request, "poll") == 0 || strcmp(request, "select") == 0 ||
         strcmp(request, "pselect") == 0) &&
        argc > 2)
        return wait_interrupted(request, atoi(argv[2]));
    if (strcmp(request, "nap") == 0 && argc > 2) {
        struct timespec time = {0, atoi(argv[2]) * 1000000L};
        return nanosleep(&time, NULL);
    }
    if (strcmp(request, "kill-parent") == 0)
        return kill(getppid(), SIGUSR1) == -1 ? errno : 0;
    if (strcmp(request, "exit") == 0 && argc > 2)
        return atoi(argv[2]);
    if (strcmp(request, "busy") == 0)
        return busy();
    if (strcmp(request, "pipe") == 0)
        return broken_pipe();
    if (strcmp(request, "alarm") == 0)
        return alarm_default();
    if (strcmp(request, "abort") == 0)
        return abort_with_handler();
    if (strcmp(request, "blocked-term") == 0)
        return blocked_term();
    return 99;
}

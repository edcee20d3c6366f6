/*
 * Tests of the rest of KOITO-libc's portable core (host tests): setjmp and
 * longjmp, in-process signals and signal sets, getopt, assert, the order of
 * exit() and quick_exit() (in child processes, whose output and status are
 * checked), and the internal locks under contention.
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The internal locks (libc/src/internal/lock.h), hidden but linkable here:
 * the lock is one int, the recursive lock adds an owner and a depth. */
struct lock {
    volatile int word;
};
struct recursive_lock {
    struct lock lock;
    unsigned long owner;
    unsigned depth;
};
void __koito_lock_take_slow(struct lock *lock);
void __koito_lock_wake(struct lock *lock);
void __koito_recursive_lock_take(struct recursive_lock *lock);
int __koito_recursive_lock_try(struct recursive_lock *lock);
void __koito_recursive_lock_release(struct recursive_lock *lock);

_Noreturn void koito_test___assert_fail(const char *expression, const char *file, int line,
                                        const char *function);

static koito_jmp_buf jump;
static int depth_reached;

static void descend(int depth)
{
    volatile char frame[64];
    frame[0] = (char)depth;
    if (depth == 10) {
        depth_reached = frame[0];
        koito_test_longjmp(jump, 0); /* 0 arrives as 1 */
    }
    descend(depth + 1);
    frame[1] = 0;
}

static void test_setjmp(void)
{
    volatile int calls = 0;
    volatile long kept = 1234567;
    int value = koito_test_setjmp(jump);
    calls++;
    if (value == 0) {
        kept = 7654321;
        koito_test_longjmp(jump, 42);
    }
    CHECK(value == 42 || value == 1);
    if (value == 42) {
        CHECK(kept == 7654321);
        descend(0);
    }
    CHECK(value == 1 && depth_reached == 10 && calls == 3);
}

static int caught;

static void handler(int number)
{
    caught = number;
}

static void test_signals(void)
{
    CHECK(koito_test_signal(SIGUSR1, handler) == SIG_DFL);
    CHECK(koito_test_raise(SIGUSR1) == 0 && caught == SIGUSR1);
    caught = 0;
    CHECK(koito_test_raise(SIGUSR1) == 0 && caught == SIGUSR1); /* stays installed */
    CHECK(koito_test_signal(SIGUSR1, SIG_IGN) == handler);
    caught = 0;
    CHECK(koito_test_raise(SIGUSR1) == 0 && caught == 0);
    CHECK(koito_test_raise(SIGCHLD) == 0); /* ignored by default */
    KERRNO = 0;
    CHECK(koito_test_signal(SIGKILL, handler) == SIG_ERR && KERRNO == EINVAL);
    CHECK(koito_test_signal(0, handler) == SIG_ERR);
    CHECK(koito_test_raise(65) == -1 && KERRNO == EINVAL);

    pid_t child = fork();
    if (child == 0) {
        close(2);
        koito_test_raise(SIGTERM); /* default action: ended by the signal (the port's kill) */
        _exit(0);
    }
    int status;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);

    unsigned long long set;
    CHECK(koito_test_sigemptyset(&set) == 0 && set == 0);
    CHECK(koito_test_sigaddset(&set, SIGINT) == 0 && koito_test_sigismember(&set, SIGINT) == 1);
    CHECK(koito_test_sigismember(&set, SIGTERM) == 0);
    CHECK(koito_test_sigdelset(&set, SIGINT) == 0 && koito_test_sigismember(&set, SIGINT) == 0);
    CHECK(koito_test_sigfillset(&set) == 0 && koito_test_sigismember(&set, 64) == 1);
    CHECK(koito_test_sigaddset(&set, 0) == -1 && koito_test_sigaddset(&set, 65) == -1);
}

static void test_getopt(void)
{
    char *argv[] = {"prog", "-ab", "-o", "out", "-vfile", "-x", "--", "-a", NULL};
    int argc = 8;
    char seen[16] = {0};
    int count = 0;
    int option;
    koito_test_opterr = 0;
    while ((option = koito_test_getopt(argc, argv, "abo:v:")) != -1) {
        seen[count++] = (char)option;
        if (option == 'o') {
            CHECK(strcmp(koito_test_optarg, "out") == 0);
        }
        if (option == 'v') {
            CHECK(strcmp(koito_test_optarg, "file") == 0);
        }
        if (option == '?') {
            CHECK(koito_test_optopt == 'x');
        }
    }
    CHECK(strcmp(seen, "abov?") == 0);
    CHECK(koito_test_optind == 7 && strcmp(argv[koito_test_optind], "-a") == 0);

    char *missing[] = {"prog", "-o", NULL};
    koito_test_optind = 0;
    CHECK(koito_test_getopt(2, missing, ":o:") == ':' && koito_test_optopt == 'o');
    koito_test_optind = 0;
    CHECK(koito_test_getopt(2, missing, "o:") == '?');
    char *plain[] = {"prog", "file", "-a", NULL};
    koito_test_optind = 0;
    CHECK(koito_test_getopt(3, plain, "a") == -1 && koito_test_optind == 1);
}

/* Runs `body` in a child whose stdout is a pipe; returns its output and
 * sets *status. */
static void run_child(void (*body)(void), char *output, size_t size, int *status)
{
    int ends[2];
    pipe(ends);
    pid_t child = fork();
    if (child == 0) {
        close(ends[0]);
        dup2(ends[1], 1);
        close(2);
        body();
        _exit(99);
    }
    close(ends[1]);
    size_t length = 0;
    ssize_t got;
    while (length + 1 < size && (got = read(ends[0], output + length, size - 1 - length)) > 0) {
        length += (size_t)got;
    }
    output[length] = '\0';
    close(ends[0]);
    waitpid(child, status, 0);
}

static void first(void)
{
    koito_test_fputs("first ", koito_test_stdout);
}

static void second(void)
{
    koito_test_fputs("second ", koito_test_stdout);
    koito_test_atexit(first); /* registered while exiting: runs next */
}

static void quick(void)
{
    koito_test_fputs("quick ", koito_test_stdout);
    koito_test_fflush(koito_test_stdout);
}

static void exiting(void)
{
    koito_test_atexit(second);
    koito_test_at_quick_exit(quick);
    koito_test_fputs("buffered ", koito_test_stdout); /* flushed by exit */
    koito_test_exit(3);
}

static void quick_exiting(void)
{
    koito_test_atexit(second);
    koito_test_at_quick_exit(quick);
    koito_test_quick_exit(4);
}

static void asserting(void)
{
    koito_test___assert_fail("1 == 2", "file.c", 7, "function");
}

static void test_exit_order(void)
{
    char output[128];
    int status;
    run_child(exiting, output, sizeof output, &status);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
    CHECK(strcmp(output, "buffered second first ") == 0);
    run_child(quick_exiting, output, sizeof output, &status);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 4);
    CHECK(strcmp(output, "quick ") == 0);
    run_child(asserting, output, sizeof output, &status);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT); /* abort: ended by SIGABRT */
}

static struct lock counter_lock;
static struct recursive_lock nested_lock;
static long counter;
static long nested_counter;

/* The fast paths of lock.h, repeated here as the library inlines them. */
static void take(struct lock *lock)
{
    int expected = 0;
    if (!__atomic_compare_exchange_n(&lock->word, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED)) {
        __koito_lock_take_slow(lock);
    }
}

static void release(struct lock *lock)
{
    if (__atomic_exchange_n(&lock->word, 0, __ATOMIC_RELEASE) == 2) {
        __koito_lock_wake(lock);
    }
}

static void *count(void *argument)
{
    (void)argument;
    for (int i = 0; i < 20000; i++) {
        take(&counter_lock);
        counter++;
        release(&counter_lock);
        __koito_recursive_lock_take(&nested_lock);
        __koito_recursive_lock_take(&nested_lock);
        nested_counter++;
        __koito_recursive_lock_release(&nested_lock);
        __koito_recursive_lock_release(&nested_lock);
    }
    return NULL;
}

/* Eight threads, each increment under a lock: none may be lost, and every
 * lock ends free. */
static void test_locks(void)
{
    pthread_t threads[8];
    for (int i = 0; i < 8; i++) {
        pthread_create(&threads[i], NULL, count, NULL);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(threads[i], NULL);
    }
    CHECK(counter == 8 * 20000 && nested_counter == 8 * 20000);
    CHECK(counter_lock.word == 0 && nested_lock.lock.word == 0 && nested_lock.depth == 0);
    CHECK(__koito_recursive_lock_try(&nested_lock) == 1);
    CHECK(nested_lock.depth == 1);
    __koito_recursive_lock_release(&nested_lock);
    CHECK(nested_lock.owner == 0);
}

int main(void)
{
    test_locks();
    test_setjmp();
    test_signals();
    test_getopt();
    test_exit_order();
    return check_summary();
}

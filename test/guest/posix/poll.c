/*
 * The POSIX server suite: poll() and select() (test/guest/posix). Readiness of each kind of file
 * (tmpfs and initrd files, /dev/null, /dev/zero, the console, both ends of a pipe), POLLHUP,
 * POLLERR and POLLNVAL, the errno values, each kind of timeout (0, a limit, none), waits that a
 * spawned child's bytes end, many descriptors at once, and one byte each way between two
 * processes over two pipes.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdint.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHILD "/bin/proc-child"

static long long milliseconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* poll() of one descriptor: its result, and revents in *revents. */
static int poll_one(int fd, short events, int timeout, short *revents)
{
    struct pollfd entry = {fd, events, -1};
    int result = poll(&entry, 1, timeout);
    *revents = entry.revents;
    return result;
}

/* Start proc-child with request and arguments, its descriptor 0 (if input >= 0) and 1 (if
 * output >= 0) moved there, and the descriptors in close_list (ending with -1) closed. */
static pid_t start(const char *request, const char *first, const char *second, int input,
                   int output, const int *close_list)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (input >= 0)
        GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, input, 0), 0);
    if (output >= 0)
        GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, output, 1), 0);
    for (; *close_list >= 0; close_list++)
        GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, *close_list), 0);
    char *argv[] = {"proc-child", (char *)request, (char *)first, (char *)second, NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL), 0);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

static int exit_status(pid_t pid)
{
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    return status;
}

static void test_files_and_devices(void)
{
    const char *paths[] = {"/tmp/poll-file", "/etc/greeting", "/dev/null", "/dev/zero", "/"};
    const int flags[] = {O_RDWR | O_CREAT, O_RDONLY, O_RDWR, O_RDONLY, O_RDONLY | O_DIRECTORY};
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        int fd = open(paths[i], flags[i], 0644);
        GUEST_CHECK(fd >= 0);
        short revents = 0;
        GUEST_CHECK_EQ(poll_one(fd, POLLIN | POLLOUT, -1, &revents), 1);
        GUEST_CHECK_EQ(revents, POLLIN | POLLOUT);
        GUEST_CHECK_EQ(poll_one(fd, POLLRDNORM, 0, &revents), 1);
        GUEST_CHECK_EQ(revents, POLLRDNORM);
        GUEST_CHECK_EQ(poll_one(fd, 0, 0, &revents), 0); /* nothing asked, nothing wrong */
        GUEST_CHECK_EQ(revents, 0);
        GUEST_CHECK_EQ(close(fd), 0);
    }
    GUEST_CHECK_EQ(unlink("/tmp/poll-file"), 0);
}

/* The suite runs with no console server: the console takes output, and its input ends at once
 * (a read returns 0), so it is readable. */
static void test_console(void)
{
    short revents = 0;
    GUEST_CHECK_EQ(poll_one(1, POLLOUT, 0, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLOUT);
    GUEST_CHECK_EQ(poll_one(0, POLLIN, -1, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLIN);
    char byte;
    GUEST_CHECK_EQ(read(0, &byte, 1), 0);
    int tty = open("/dev/tty", O_RDWR);
    GUEST_CHECK(tty >= 0);
    GUEST_CHECK_EQ(poll_one(tty, POLLIN | POLLOUT, 0, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLIN | POLLOUT);
    GUEST_CHECK_EQ(close(tty), 0);
}

static void test_pipe_ends(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    struct pollfd both[2] = {{ends[0], POLLIN, 0}, {ends[1], POLLOUT, 0}};
    GUEST_CHECK_EQ(poll(both, 2, 0), 1); /* empty: only the write end is ready */
    GUEST_CHECK_EQ(both[0].revents, 0);
    GUEST_CHECK_EQ(both[1].revents, POLLOUT);
    GUEST_CHECK_EQ(write(ends[1], "ab", 2), 2);
    GUEST_CHECK_EQ(poll(both, 2, 0), 2);
    GUEST_CHECK_EQ(both[0].revents, POLLIN);
    /* Full but for less than PIPE_BUF: the write end is not ready. */
    static char block[65536 - 2 - 100];
    GUEST_CHECK_EQ(write(ends[1], block, sizeof block), (ssize_t)sizeof block);
    GUEST_CHECK_EQ(poll(both, 2, 0), 1);
    GUEST_CHECK_EQ(both[1].revents, 0);
    GUEST_CHECK_EQ(read(ends[0], block, sizeof block), (ssize_t)sizeof block);
    GUEST_CHECK_EQ(poll(both, 2, 0), 2);
    GUEST_CHECK_EQ(both[1].revents, POLLOUT);
    /* The last writer goes: the bytes left are readable, and the read end is hung up. */
    GUEST_CHECK_EQ(close(ends[1]), 0);
    short revents = 0;
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, -1, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLIN | POLLHUP);
    char text[4];
    GUEST_CHECK_EQ(read(ends[0], text, sizeof text), 2);
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, -1, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLHUP); /* reported though not asked */
    GUEST_CHECK_EQ(close(ends[0]), 0);
    /* The last reader goes: the write end is in error. */
    GUEST_CHECK_EQ(pipe(ends), 0);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(poll_one(ends[1], POLLOUT, -1, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLERR);
    GUEST_CHECK_EQ(close(ends[1]), 0);
}

static void test_poll_errors(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    /* A closed descriptor and one past the table are POLLNVAL, a negative one is skipped; a
     * POLLNVAL makes a wait without limit return at once. */
    struct pollfd entries[4] = {
        {ends[1], POLLIN, 0}, {-1, POLLIN, 7}, {1000, POLLOUT, 0}, {ends[0], POLLIN, 0}};
    GUEST_CHECK_EQ(poll(entries, 4, -1), 3);
    GUEST_CHECK_EQ(entries[0].revents, POLLNVAL);
    GUEST_CHECK_EQ(entries[1].revents, 0);
    GUEST_CHECK_EQ(entries[2].revents, POLLNVAL);
    GUEST_CHECK_EQ(entries[3].revents, POLLHUP);
    errno = 0;
    GUEST_CHECK_EQ(poll(entries, sysconf(_SC_OPEN_MAX) + 1, 0), -1); /* POSIX: past OPEN_MAX */
    GUEST_CHECK_EQ(errno, EINVAL);
    errno = 0;
    GUEST_CHECK_EQ(poll(NULL, 1, 0), -1);
    GUEST_CHECK_EQ(errno, EFAULT);
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

static void test_poll_timeouts(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    short revents = -1;
    long long began = milliseconds_now();
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, 0, &revents), 0);
    GUEST_CHECK_EQ(revents, 0);
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, 30, &revents), 0);
    GUEST_CHECK(milliseconds_now() - began >= 30);
    GUEST_CHECK_EQ(poll(NULL, 0, 20), 0); /* no descriptors: a sleep */
    GUEST_CHECK(milliseconds_now() - began >= 50);
    /* No limit: a child's bytes end the wait. */
    const int closed[] = {ends[0], ends[1], -1};
    pid_t child = start("later", "20", "x", -1, ends[1], closed);
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, -1, &revents), 1);
    GUEST_CHECK_EQ(revents, POLLIN);
    char byte = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'x');
    GUEST_CHECK_EQ(exit_status(child), 0);
    /* A limit the child's bytes beat. */
    child = start("later", "10", "y", -1, ends[1], closed);
    GUEST_CHECK_EQ(poll_one(ends[0], POLLIN, 60000, &revents), 1);
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'y');
    GUEST_CHECK_EQ(exit_status(child), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

/* Two children write to two pipes at different times: each wait ends with the one that came. */
static void test_poll_two_children(void)
{
    int first[2], second[2];
    GUEST_CHECK_EQ(pipe(first), 0);
    GUEST_CHECK_EQ(pipe(second), 0);
    const int closed[] = {first[0], first[1], second[0], second[1], -1};
    pid_t early = start("later", "5", "a", -1, first[1], closed);
    pid_t late = start("later", "80", "b", -1, second[1], closed);
    GUEST_CHECK_EQ(close(first[1]), 0);
    GUEST_CHECK_EQ(close(second[1]), 0);
    struct pollfd entries[2] = {{first[0], POLLIN, 0}, {second[0], POLLIN, 0}};
    GUEST_CHECK_EQ(poll(entries, 2, -1), 1);
    GUEST_CHECK(entries[0].revents & POLLIN);
    GUEST_CHECK_EQ(entries[1].revents, 0);
    char byte = 0;
    GUEST_CHECK_EQ(read(first[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'a');
    GUEST_CHECK_EQ(exit_status(early), 0);
    entries[0].fd = -1; /* done with it */
    GUEST_CHECK_EQ(poll(entries, 2, -1), 1);
    GUEST_CHECK(entries[1].revents & POLLIN);
    GUEST_CHECK_EQ(read(second[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'b');
    GUEST_CHECK_EQ(exit_status(late), 0);
    GUEST_CHECK_EQ(close(first[0]), 0);
    GUEST_CHECK_EQ(close(second[0]), 0);
}

/* 28 pipes (56 descriptors and the standard three): exactly the ends that are ready. */
static void test_poll_many(void)
{
    enum { PIPES = 28 };
    int ends[PIPES][2];
    struct pollfd entries[2 * PIPES];
    for (unsigned i = 0; i < PIPES; i++) {
        GUEST_CHECK_EQ(pipe(ends[i]), 0);
        if (i % 3 == 0)
            GUEST_CHECK_EQ(write(ends[i][1], "z", 1), 1);
        if (i % 7 == 0)
            GUEST_CHECK_EQ(close(ends[i][1]), 0);
        entries[2 * i] = (struct pollfd){ends[i][0], POLLIN, 0};
        entries[2 * i + 1] = (struct pollfd){i % 7 == 0 ? -1 : ends[i][1], POLLOUT, 0};
    }
    unsigned wrong = 0;
    int expected = 0;
    for (unsigned i = 0; i < PIPES; i++)
        expected += (i % 3 == 0 || i % 7 == 0) + (i % 7 != 0);
    GUEST_CHECK_EQ(poll(entries, 2 * PIPES, -1), expected);
    for (unsigned i = 0; i < PIPES; i++) {
        short in = (i % 3 == 0 ? POLLIN : 0) | (i % 7 == 0 ? POLLHUP : 0);
        wrong += entries[2 * i].revents != in;
        wrong += entries[2 * i + 1].revents != (i % 7 == 0 ? 0 : POLLOUT);
    }
    GUEST_CHECK_EQ(wrong, 0);
    for (unsigned i = 0; i < PIPES; i++) {
        GUEST_CHECK_EQ(close(ends[i][0]), 0);
        if (i % 7 != 0)
            GUEST_CHECK_EQ(close(ends[i][1]), 0);
    }
}

static void test_select(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    fd_set readable, writable, exceptional;
    FD_ZERO(&readable);
    FD_ZERO(&writable);
    FD_ZERO(&exceptional);
    FD_SET(ends[0], &readable);
    FD_SET(ends[1], &writable);
    FD_SET(ends[0], &exceptional);
    struct timeval zero = {0, 0};
    GUEST_CHECK_EQ(select(ends[1] + 1, &readable, &writable, &exceptional, &zero), 1);
    GUEST_CHECK(!FD_ISSET(ends[0], &readable));
    GUEST_CHECK(FD_ISSET(ends[1], &writable));
    GUEST_CHECK(!FD_ISSET(ends[0], &exceptional));
    GUEST_CHECK_EQ(write(ends[1], "q", 1), 1);
    FD_SET(ends[0], &readable);
    GUEST_CHECK_EQ(select(ends[1] + 1, &readable, NULL, NULL, NULL), 1);
    GUEST_CHECK(FD_ISSET(ends[0], &readable));
    /* A limit that passes, through select and pselect; with no sets, a sleep. */
    char byte;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    long long began = milliseconds_now();
    struct timeval limit = {0, 25000};
    GUEST_CHECK_EQ(select(ends[0] + 1, &readable, NULL, NULL, &limit), 0);
    GUEST_CHECK(!FD_ISSET(ends[0], &readable));
    GUEST_CHECK(milliseconds_now() - began >= 25);
    GUEST_CHECK_EQ(limit.tv_usec, 25000);
    struct timespec pause = {0, 20000000};
    GUEST_CHECK_EQ(pselect(0, NULL, NULL, NULL, &pause, NULL), 0);
    GUEST_CHECK(milliseconds_now() - began >= 45);
    /* End of file is readable. */
    GUEST_CHECK_EQ(close(ends[1]), 0);
    FD_SET(ends[0], &readable);
    GUEST_CHECK_EQ(select(ends[0] + 1, &readable, NULL, NULL, NULL), 1);
    GUEST_CHECK(FD_ISSET(ends[0], &readable));
    /* Errors: a closed descriptor in any set, one past the table, the count, the timeout. */
    FD_ZERO(&readable);
    FD_SET(ends[1], &readable);
    errno = 0;
    GUEST_CHECK_EQ(select(ends[1] + 1, &readable, NULL, NULL, &zero), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    FD_ZERO(&exceptional);
    FD_SET(ends[1], &exceptional);
    errno = 0;
    GUEST_CHECK_EQ(select(ends[1] + 1, NULL, NULL, &exceptional, &zero), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    FD_ZERO(&writable);
    FD_SET(100, &writable);
    errno = 0;
    GUEST_CHECK_EQ(select(101, NULL, &writable, NULL, &zero), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    errno = 0;
    GUEST_CHECK_EQ(select(FD_SETSIZE + 1, NULL, NULL, NULL, &zero), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    struct timeval wrong = {0, 1000000};
    errno = 0;
    GUEST_CHECK_EQ(select(0, NULL, NULL, NULL, &wrong), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

/* One byte each way between this process and a child over two pipes, many times in turn. */
static void test_round_trips(void)
{
    int there[2], back[2];
    GUEST_CHECK_EQ(pipe(there), 0);
    GUEST_CHECK_EQ(pipe(back), 0);
    const int closed[] = {there[0], there[1], back[0], back[1], -1};
    pid_t child = start("echo", NULL, NULL, there[0], back[1], closed);
    GUEST_CHECK_EQ(close(there[0]), 0);
    GUEST_CHECK_EQ(close(back[1]), 0);
    unsigned wrong = 0;
    for (unsigned i = 0; i < 200; i++) {
        char byte = (char)i, answer = 0;
        if (write(there[1], &byte, 1) != 1 || read(back[0], &answer, 1) != 1 || answer != byte)
            wrong++;
    }
    GUEST_CHECK_EQ(wrong, 0);
    GUEST_CHECK_EQ(close(there[1]), 0);
    char byte;
    GUEST_CHECK_EQ(read(back[0], &byte, 1), 0);
    GUEST_CHECK_EQ(exit_status(child), 0);
    GUEST_CHECK_EQ(close(back[0]), 0);
}

const struct guest_test poll_tests[] = {
    {"poll: files and devices are always ready", test_files_and_devices},
    {"poll: the console", test_console},
    {"poll: pipe ends, POLLHUP, POLLERR", test_pipe_ends},
    {"poll: POLLNVAL and errno values", test_poll_errors},
    {"poll: timeouts 0, a limit, none", test_poll_timeouts},
    {"poll: two children's pipes", test_poll_two_children},
    {"poll: 56 pipe ends at once", test_poll_many},
    {"select and pselect", test_select},
    {"200 round trips with a child over two pipes", test_round_trips},
};
const unsigned poll_test_count = sizeof poll_tests / sizeof poll_tests[0];

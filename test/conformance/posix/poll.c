/*
 * Conformance (POSIX <poll.h>, <sys/select.h>): poll of a pipe's ends (empty, with bytes, after
 * the writer closed: POLLHUP; after the reader closed: POLLERR), a regular file always ready,
 * POLLNVAL for a closed descriptor, negative descriptors ignored, timeouts of 0 and 50 ms (it
 * waits at least that), a wait ended by a spawned child's byte; select with the same pipe, its
 * timeout (the remaining time written back is not checked: POSIX leaves it open), EBADF and
 * EINVAL.
 * Child mode: "late" sleeps 100 ms, then writes a byte to fd 1.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static long long monotonic_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000LL + now.tv_nsec / 1000000;
}

static void test_poll_pipe(void)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    struct pollfd set[2] = {{.fd = ends[0], .events = POLLIN}, {.fd = ends[1], .events = POLLOUT}};
    CHECK_EQ(poll(set, 2, 0), 1);
    CHECK_EQ(set[0].revents, 0);
    CHECK_EQ(set[1].revents, POLLOUT);
    CHECK_EQ(write(ends[1], "ab", 2), 2);
    CHECK_EQ(poll(set, 2, 0), 2);
    CHECK_EQ(set[0].revents, POLLIN);
    set[1].events = 0; /* nothing asked: nothing reported but errors */
    CHECK_EQ(poll(set, 2, 0), 1);
    CHECK_EQ(set[1].revents, 0);
    char text[4];
    CHECK_EQ(read(ends[0], text, sizeof text), 2);
    CHECK_EQ(close(ends[1]), 0);
    CHECK_EQ(poll(set, 1, 0), 1);
    CHECK(set[0].revents & POLLHUP); /* no writer left, even when not asked */
    CHECK_EQ(close(ends[0]), 0);

    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(close(ends[0]), 0);
    struct pollfd writer = {.fd = ends[1], .events = POLLOUT};
    CHECK_EQ(poll(&writer, 1, 0), 1);
    CHECK(writer.revents & POLLERR); /* no reader left */
    CHECK_EQ(close(ends[1]), 0);
}

static void test_poll_other(const char *path)
{
    int file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(file >= 0);
    int closed = dup(file);
    CHECK_EQ(close(closed), 0);
    struct pollfd set[3] = {{.fd = file, .events = POLLIN | POLLOUT},
                            {.fd = closed, .events = POLLIN},
                            {.fd = -1, .events = POLLIN, .revents = POLLIN}};
    CHECK_EQ(poll(set, 3, 0), 2);
    CHECK_EQ(set[0].revents, POLLIN | POLLOUT); /* regular files are always ready */
    CHECK_EQ(set[1].revents, POLLNVAL);
    CHECK_EQ(set[2].revents, 0); /* negative: ignored, revents cleared */
    CHECK_EQ(close(file), 0);
    CHECK_EQ(unlink(path), 0);
    CHECK_EQ(poll(NULL, 0, 0), 0); /* no descriptors: a plain timeout */
}

static void test_poll_timeouts(const char *self)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    struct pollfd reader = {.fd = ends[0], .events = POLLIN};
    long long start = monotonic_ms();
    CHECK_EQ(poll(&reader, 1, 50), 0);
    CHECK(monotonic_ms() - start >= 50);
    CHECK_EQ(reader.revents, 0);
    start = monotonic_ms();
    CHECK_EQ(poll(NULL, 0, 30), 0);
    CHECK(monotonic_ms() - start >= 30);

    CHECK_EQ(fcntl(ends[0], F_SETFD, FD_CLOEXEC), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFD, FD_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[1], 1), 0);
    char *arguments[] = {(char *)self, "late", NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, &actions, NULL, arguments, environ), 0);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    CHECK_EQ(close(ends[1]), 0);
    CHECK_EQ(poll(&reader, 1, -1), 1); /* no limit: the child's byte ends it */
    CHECK(reader.revents & POLLIN);
    char byte = 0;
    CHECK_EQ(read(ends[0], &byte, 1), 1);
    CHECK_EQ(byte, 'L');
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_EQ(poll(&reader, 1, -1), 1); /* the child is gone: hang-up */
    CHECK(reader.revents & POLLHUP);
    CHECK_EQ(close(ends[0]), 0);
}

static void test_select(void)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    fd_set readable, writable;
    FD_ZERO(&readable);
    FD_ZERO(&writable);
    FD_SET(ends[0], &readable);
    FD_SET(ends[1], &writable);
    CHECK(FD_ISSET(ends[0], &readable));
    struct timeval zero = {0, 0};
    int highest = ends[0] > ends[1] ? ends[0] : ends[1];
    CHECK_EQ(select(highest + 1, &readable, &writable, NULL, &zero), 1);
    CHECK(!FD_ISSET(ends[0], &readable));
    CHECK(FD_ISSET(ends[1], &writable));

    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    struct timeval limit = {0, 40000};
    long long start = monotonic_ms();
    CHECK_EQ(select(highest + 1, &readable, NULL, NULL, &limit), 0);
    CHECK(monotonic_ms() - start >= 40);
    CHECK(!FD_ISSET(ends[0], &readable));

    CHECK_EQ(write(ends[1], "x", 1), 1);
    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    CHECK_EQ(select(highest + 1, &readable, NULL, NULL, NULL), 1);
    CHECK(FD_ISSET(ends[0], &readable));
    FD_CLR(ends[0], &readable);
    CHECK(!FD_ISSET(ends[0], &readable));

    CHECK_EQ(close(ends[1]), 0);
    FD_SET(ends[1], &readable);
    zero = (struct timeval){0, 0};
    errno = 0;
    CHECK_EQ(select(highest + 1, &readable, NULL, NULL, &zero), -1); /* not open */
    CHECK_EQ(errno, EBADF);
    FD_ZERO(&readable);
    errno = 0;
    CHECK_EQ(select(-1, &readable, NULL, NULL, &zero), -1);
    CHECK_EQ(errno, EINVAL);
    struct timeval negative = {-1, 0};
    errno = 0;
    CHECK_EQ(select(1, NULL, NULL, NULL, &negative), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(close(ends[0]), 0);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "late") == 0) {
        struct timespec pause_time = {0, 100 * 1000000};
        nanosleep(&pause_time, NULL);
        return write(1, "L", 1) != 1;
    }
    char path[256];
    const char *directory = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/conf-poll-%ld", directory ? directory : "/tmp", (long)getpid());
    test_poll_pipe();
    test_poll_other(path);
    test_poll_timeouts(argv[0]);
    test_select();
    return check_summary();
}

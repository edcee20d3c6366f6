/*
 * The POSIX server suite: pipes (test/guest/posix). pipe() and pipe2() through the server, the
 * errno values of pipe ends, end of file, O_NONBLOCK, blocking reads and writes between
 * processes (the server answers pipe_wait and the C library waits on its events notification),
 * a 1 MiB transfer checked byte for byte, and a pipeline of two spawned children.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHILD        "/bin/proc-child"
#define ONE_MEBIBYTE "1048576"

/* The byte at offset i of what proc-child's stream writes and its check expects. */
static unsigned char pipe_pattern(size_t i)
{
    return (unsigned char)(i * 131 + (i >> 9));
}

static void test_pipe_round_trip(void)
{
    int ends[2] = {-1, -1};
    GUEST_CHECK_EQ(pipe(ends), 0);
    GUEST_CHECK(ends[0] >= 3 && ends[1] > ends[0]);
    struct stat status;
    GUEST_CHECK_EQ(fstat(ends[0], &status), 0);
    GUEST_CHECK(S_ISFIFO(status.st_mode));
    GUEST_CHECK_EQ(write(ends[1], "through", 7), 7);
    char text[16] = {0};
    GUEST_CHECK_EQ(read(ends[0], text, sizeof text), 7);
    GUEST_CHECK(memcmp(text, "through", 7) == 0);
    GUEST_CHECK_EQ(fcntl(ends[0], F_GETFD), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    GUEST_CHECK_EQ(read(ends[0], text, sizeof text), 0); /* no writer: end of file */
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

static void test_pipe_errors(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    char byte = 'x';
    errno = 0;
    GUEST_CHECK_EQ(read(ends[1], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    errno = 0;
    GUEST_CHECK_EQ(write(ends[0], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    errno = 0;
    GUEST_CHECK_EQ(lseek(ends[0], 0, SEEK_SET), -1);
    GUEST_CHECK_EQ(errno, ESPIPE);
    errno = 0;
    GUEST_CHECK_EQ(pwrite(ends[1], &byte, 1, 0), -1);
    GUEST_CHECK_EQ(errno, ESPIPE);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    errno = 0;
    GUEST_CHECK_EQ(write(ends[1], &byte, 1), -1); /* no reader */
    GUEST_CHECK_EQ(errno, EPIPE);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    errno = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    errno = 0;
    GUEST_CHECK_EQ(pipe2(ends, O_APPEND), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
}

/* pipe2's flags; O_NONBLOCK's EAGAIN when empty and when full. */
static void test_pipe2_flags(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe2(ends, O_CLOEXEC | O_NONBLOCK), 0);
    GUEST_CHECK_EQ(fcntl(ends[0], F_GETFD), FD_CLOEXEC);
    GUEST_CHECK_EQ(fcntl(ends[1], F_GETFD), FD_CLOEXEC);
    GUEST_CHECK(fcntl(ends[1], F_GETFL) & O_NONBLOCK);
    char byte;
    errno = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EAGAIN);
    static char block[4096];
    size_t total = 0;
    ssize_t count;
    while ((count = write(ends[1], block, sizeof block)) > 0)
        total += (size_t)count;
    GUEST_CHECK_EQ(count, -1);
    GUEST_CHECK_EQ(errno, EAGAIN);
    GUEST_CHECK_EQ(total, 65536);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
}

/* Start proc-child request with argument, dup2 moving `from` onto `to` in the child, and every
 * other end of the pipe closed there. */
static pid_t start_with(const char *request, const char *argument, int from, int to,
                        const int ends[2])
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, from, to), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, ends[0]), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, ends[1]), 0);
    char *argv[] = {"proc-child", (char *)request, (char *)argument, NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL), 0);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

static int status_of(pid_t pid)
{
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    return status;
}

/* A child writes 1 MiB into a pipe (64 KiB at a time fit: both sides wait on each other); this
 * process reads it and checks every byte. */
static void test_mebibyte_between_processes(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t writer = start_with("stream", ONE_MEBIBYTE, ends[1], 1, ends);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    static unsigned char piece[7000];
    size_t got = 0;
    unsigned wrong = 0;
    ssize_t count;
    while ((count = read(ends[0], piece, sizeof piece)) > 0) {
        for (ssize_t i = 0; i < count; i++)
            wrong += piece[i] != pipe_pattern(got + (size_t)i);
        got += (size_t)count;
    }
    GUEST_CHECK_EQ(count, 0);
    GUEST_CHECK_EQ(got, 1048576);
    GUEST_CHECK_EQ(wrong, 0);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(status_of(writer), 0);
}

/* stream | check: two spawned children joined by a pipe the parent made and closed. */
static void test_pipeline_of_two_children(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t writer = start_with("stream", "300000", ends[1], 1, ends);
    pid_t reader = start_with("check", "300000", ends[0], 0, ends);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    GUEST_CHECK_EQ(status_of(writer), 0);
    GUEST_CHECK_EQ(status_of(reader), 0);
}

/* Many pipes made and closed: each is freed (the descriptors and the server's memory). */
static void test_many_pipes(void)
{
    unsigned failed = 0;
    for (unsigned i = 0; i < 500; i++) {
        int ends[2];
        char byte = (char)i, back = 0;
        if (pipe(ends) != 0 || write(ends[1], &byte, 1) != 1 || read(ends[0], &back, 1) != 1 ||
            back != byte || close(ends[0]) != 0 || close(ends[1]) != 0)
            failed++;
    }
    GUEST_CHECK_EQ(failed, 0);
}

const struct guest_test pipe_tests[] = {
    {"pipe: write, read, end of file", test_pipe_round_trip},
    {"pipe: errno values", test_pipe_errors},
    {"pipe2: close-on-exec and O_NONBLOCK", test_pipe2_flags},
    {"1 MiB from a child through a pipe", test_mebibyte_between_processes},
    {"a pipeline of two spawned children", test_pipeline_of_two_children},
    {"500 pipes made and closed", test_many_pipes},
};
const unsigned pipe_test_count = sizeof pipe_tests / sizeof pipe_tests[0];

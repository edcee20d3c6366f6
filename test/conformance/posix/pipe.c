/*
 * Conformance (POSIX pipes): pipe() ends and their errno values, end of file only once the last
 * write end closes (duplicates count), O_NONBLOCK's EAGAIN on an empty and on a full pipe, EPIPE
 * with SIGPIPE ignored, SIGPIPE's default action ending a spawned child, and PIPE_BUF atomicity:
 * writes of PIPE_BUF bytes from two children never interleave.
 * Child modes: "sigpipe" writes to a pipe without reader (fd 1); "writer X" writes RECORDS
 * records of PIPE_BUF bytes 'X' to fd 1.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define RECORDS 24

extern char **environ;

static pid_t spawn_self(const char *self, char *const arguments[],
                        const posix_spawn_file_actions_t *actions,
                        const posix_spawnattr_t *attributes)
{
    pid_t child = -1;
    int error = posix_spawn(&child, self, actions, attributes, arguments, environ);
    CHECK_EQ(error, 0);
    return error == 0 ? child : -1;
}

static int wait_status(pid_t child)
{
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    return status;
}

static void set_cloexec(int fd)
{
    CHECK_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
}

static void test_ends(void)
{
    int ends[2] = {-1, -1};
    CHECK_EQ(pipe(ends), 0);
    CHECK(ends[0] >= 0 && ends[1] >= 0 && ends[0] != ends[1]);
    struct stat status;
    CHECK_EQ(fstat(ends[0], &status), 0);
    CHECK(S_ISFIFO(status.st_mode));
    CHECK_EQ(fcntl(ends[0], F_GETFL) & O_ACCMODE, O_RDONLY);
    CHECK_EQ(fcntl(ends[1], F_GETFL) & O_ACCMODE, O_WRONLY);
    char byte = 'x';
    errno = 0;
    CHECK_EQ(write(ends[0], &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(read(ends[1], &byte, 1), -1);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK_EQ(lseek(ends[0], 0, SEEK_CUR), -1);
    CHECK_EQ(errno, ESPIPE);
    errno = 0;
    CHECK_EQ(pread(ends[0], &byte, 1, 0), -1);
    CHECK_EQ(errno, ESPIPE);
    CHECK_EQ(write(ends[1], "abcdef", 6), 6);
    char text[16] = {0};
    CHECK_EQ(read(ends[0], text, 4), 4); /* fewer than there are */
    CHECK(memcmp(text, "abcd", 4) == 0);
    CHECK_EQ(read(ends[0], text, sizeof text), 2); /* what there is, not what was asked */
    CHECK(memcmp(text, "ef", 2) == 0);
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);
}

/* The end of file comes once every write end is closed, a duplicate's too. */
static void test_end_of_file(void)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    int second_writer = dup(ends[1]);
    CHECK(second_writer >= 0);
    CHECK_EQ(write(second_writer, "z", 1), 1);
    CHECK_EQ(close(ends[1]), 0);
    char byte = 0;
    CHECK_EQ(read(ends[0], &byte, 1), 1);
    CHECK_EQ(byte, 'z');
    CHECK_EQ(fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK), 0);
    errno = 0;
    CHECK_EQ(read(ends[0], &byte, 1), -1); /* a writer is left: not the end */
    CHECK_EQ(errno, EAGAIN);
    CHECK_EQ(close(second_writer), 0);
    CHECK_EQ(read(ends[0], &byte, 1), 0);
    CHECK_EQ(read(ends[0], &byte, 1), 0); /* and it stays the end */
    CHECK_EQ(close(ends[0]), 0);
}

/* O_NONBLOCK: EAGAIN on an empty pipe and once a full pipe takes nothing more. */
static void test_nonblocking(void)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fcntl(ends[0], F_SETFL, O_NONBLOCK), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFL, O_NONBLOCK), 0);
    CHECK(fcntl(ends[0], F_GETFL) & O_NONBLOCK);
    char byte;
    errno = 0;
    CHECK_EQ(read(ends[0], &byte, 1), -1);
    CHECK_EQ(errno, EAGAIN);
    static char block[PIPE_BUF];
    memset(block, 'f', sizeof block);
    size_t total = 0;
    ssize_t wrote;
    while ((wrote = write(ends[1], block, sizeof block)) > 0)
        total += (size_t)wrote;
    CHECK_EQ(wrote, -1);
    CHECK_EQ(errno, EAGAIN);
    CHECK(total >= PIPE_BUF);
    errno = 0;
    CHECK_EQ(write(ends[1], "x", 1), -1);
    CHECK_EQ(errno, EAGAIN);
    size_t drained = 0;
    ssize_t got;
    while ((got = read(ends[0], block, sizeof block)) > 0)
        drained += (size_t)got;
    CHECK_EQ(drained, total);
    CHECK_EQ(write(ends[1], "x", 1), 1); /* room again */
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(close(ends[1]), 0);
}

/* With SIGPIPE ignored a write without a reader fails with EPIPE. */
static void test_epipe(void)
{
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old;
    sigemptyset(&ignore.sa_mask);
    CHECK_EQ(sigaction(SIGPIPE, &ignore, &old), 0);
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(close(ends[0]), 0);
    errno = 0;
    CHECK_EQ(write(ends[1], "x", 1), -1);
    CHECK_EQ(errno, EPIPE);
    CHECK_EQ(close(ends[1]), 0);
    CHECK_EQ(sigaction(SIGPIPE, &old, NULL), 0);
}

/* SIGPIPE's default action ends a writer that finds no reader. */
static void test_sigpipe_kills(const char *self)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    set_cloexec(ends[0]);
    set_cloexec(ends[1]);
    CHECK_EQ(close(ends[0]), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[1], 1), 0);
    posix_spawnattr_t attributes;
    CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    CHECK_EQ(posix_spawnattr_setsigdefault(&attributes, &defaults), 0);
    CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF), 0);
    char *arguments[] = {(char *)self, "sigpipe", NULL};
    pid_t child = spawn_self(self, arguments, &actions, &attributes);
    CHECK_EQ(close(ends[1]), 0);
    int status = wait_status(child);
    CHECK(WIFSIGNALED(status));
    CHECK_EQ(WTERMSIG(status), SIGPIPE);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
}

static int child_sigpipe(void)
{
    write(1, "x", 1);
    return 3; /* reached only if SIGPIPE did not end the process */
}

/* Two children write PIPE_BUF-byte records at once; each record arrives whole. */
static void test_atomic_records(const char *self)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    set_cloexec(ends[0]);
    set_cloexec(ends[1]);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[1], 1), 0);
    char *first[] = {(char *)self, "writer", "A", NULL};
    char *second[] = {(char *)self, "writer", "B", NULL};
    pid_t children[2] = {spawn_self(self, first, &actions, NULL),
                         spawn_self(self, second, &actions, NULL)};
    CHECK_EQ(close(ends[1]), 0);
    static char stream[2 * RECORDS * PIPE_BUF + 1];
    size_t total = 0;
    ssize_t got;
    while (total < sizeof stream &&
           (got = read(ends[0], stream + total, sizeof stream - total)) > 0)
        total += (size_t)got;
    CHECK_EQ(total, 2 * RECORDS * PIPE_BUF);
    size_t whole = 0, count_a = 0;
    for (size_t record = 0; record + 1 <= total / PIPE_BUF; record++) {
        const char *start = stream + record * PIPE_BUF;
        size_t same = 1;
        while (same < PIPE_BUF && start[same] == start[0])
            same++;
        whole += same == PIPE_BUF;
        count_a += start[0] == 'A';
    }
    CHECK_EQ(whole, 2 * RECORDS);
    CHECK_EQ(count_a, RECORDS);
    for (int i = 0; i < 2; i++) {
        int status = wait_status(children[i]);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    CHECK_EQ(close(ends[0]), 0);
    posix_spawn_file_actions_destroy(&actions);
}

static int child_writer(char letter)
{
    static char record[PIPE_BUF];
    memset(record, letter, sizeof record);
    for (int i = 0; i < RECORDS; i++)
        if (write(1, record, sizeof record) != (ssize_t)sizeof record)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "sigpipe") == 0)
        return child_sigpipe();
    if (argc > 2 && strcmp(argv[1], "writer") == 0)
        return child_writer(argv[2][0]);
    test_ends();
    test_end_of_file();
    test_nonblocking();
    test_epipe();
    test_sigpipe_kills(argv[0]);
    test_atomic_records(argv[0]);
    return check_summary();
}

/*
 * The POSIX server suite: the read hand-off (test/guest/posix). A read that finds a pipe empty
 * waits while the server keeps it (read_handoff); a writer's bytes, the last writer's close or a
 * change of the descriptor then finish it in the reader's shared buffer. These tests check what
 * a reader sees: bytes written while it waits, a partial read, end of file, a reader killed
 * while it waits (it takes no bytes with it), two readers waiting on one pipe, O_NONBLOCK, and
 * poll after a hand-off. proc-child (proc_child.c) plays the other process.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHILD "/bin/proc-child"

static void pause_briefly(void)
{
    struct timespec pause = {0, 50 * 1000000};
    GUEST_CHECK_EQ(nanosleep(&pause, NULL), 0);
}

/* proc-child request with up to two arguments (NULL ends them), its 0 the read end of `in` (if
 * in != NULL) and its 1 the write end of `out`; the ends this process keeps stay out of it. */
static pid_t start(const char *request, const char *first, const char *second, const int in[2],
                   const int out[2])
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (in != NULL)
        GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, in[0], 0), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, out[1], 1), 0);
    const int *pipes[] = {in, out};
    for (unsigned p = 0; p < 2; p++) {
        for (unsigned end = 0; pipes[p] != NULL && end < 2; end++)
            GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, pipes[p][end]), 0);
    }
    char *argv[] = {"proc-child", (char *)request, (char *)first, (char *)second, NULL};
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

/* This process waits in a read; a child writes later: the read has the bytes, and a read of
 * fewer bytes than came leaves the rest in the pipe. */
static void test_writer_fills_waiting_reader(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t writer = start("later", "30", "hi", NULL, ends);
    char text[16] = {0};
    GUEST_CHECK_EQ(read(ends[0], text, 2), 2);
    GUEST_CHECK(memcmp(text, "hi", 2) == 0);
    GUEST_CHECK_EQ(status_of(writer), 0);
    pid_t again = start("later", "30", "hand-off", NULL, ends);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    memset(text, 0, sizeof text);
    GUEST_CHECK_EQ(read(ends[0], text, 4), 4); /* partial: 4 of 8 */
    GUEST_CHECK(memcmp(text, "hand", 4) == 0);
    GUEST_CHECK_EQ(read(ends[0], text, sizeof text), 4);
    GUEST_CHECK(memcmp(text, "-off", 4) == 0);
    GUEST_CHECK_EQ(status_of(again), 0);
    GUEST_CHECK_EQ(read(ends[0], text, sizeof text), 0);
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

/* The last writer closes while this process waits: the read ends with end of file. */
static void test_end_of_file_reaches_waiting_reader(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    pid_t writer = start("later", "30", "", NULL, ends);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    char byte = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 0);
    GUEST_CHECK_EQ(status_of(writer), 0);
    GUEST_CHECK_EQ(close(ends[0]), 0);
}

/* An echo child waits in a read when it is killed: bytes written afterwards stay in the pipe
 * for this process, which kept a read end too. */
static void test_killed_reader_takes_nothing(void)
{
    int there[2], back[2];
    GUEST_CHECK_EQ(pipe(there), 0);
    GUEST_CHECK_EQ(pipe(back), 0);
    pid_t echo = start("echo", NULL, NULL, there, back);
    GUEST_CHECK_EQ(close(back[1]), 0);
    char byte = 0;
    GUEST_CHECK_EQ(write(there[1], "e", 1), 1);
    GUEST_CHECK_EQ(read(back[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'e');
    pause_briefly(); /* the child waits in its next read */
    GUEST_CHECK_EQ(kill(echo, SIGKILL), 0);
    int status = status_of(echo);
    GUEST_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    GUEST_CHECK_EQ(write(there[1], "xyz", 3), 3);
    char text[8] = {0};
    GUEST_CHECK_EQ(read(there[0], text, sizeof text), 3);
    GUEST_CHECK(memcmp(text, "xyz", 3) == 0);
    GUEST_CHECK_EQ(read(back[0], text, sizeof text), 0); /* the child's write end went with it */
    GUEST_CHECK_EQ(close(there[0]), 0);
    GUEST_CHECK_EQ(close(there[1]), 0);
    GUEST_CHECK_EQ(close(back[0]), 0);
}

/* The text of /proc/<pid>/stat, NUL-terminated; whether it could be read. */
static bool proc_stat(pid_t pid, char *text, size_t capacity)
{
    char path[48];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return false;
    ssize_t count = read(fd, text, capacity - 1);
    close(fd);
    text[count > 0 ? count : 0] = '\0';
    return count > 0;
}

/* As above, but the pipe is written while the killed reader is a zombie (ended, not yet waited
 * for), whose descriptors are closed but whose record stays: its forgotten hand-off takes no
 * bytes, and the server goes on serving (a new pipe, getpid), also once it is waited for. */
static void test_zombie_reader_takes_nothing(void)
{
    int there[2], back[2];
    GUEST_CHECK_EQ(pipe(there), 0);
    GUEST_CHECK_EQ(pipe(back), 0);
    pid_t echo = start("echo", NULL, NULL, there, back);
    GUEST_CHECK_EQ(close(back[1]), 0);
    char text[64] = {0};
    GUEST_CHECK_EQ(write(there[1], "e", 1), 1);
    GUEST_CHECK_EQ(read(back[0], text, 1), 1);
    pause_briefly(); /* the child waits in its next read */
    GUEST_CHECK(proc_stat(echo, text, sizeof text) && strstr(text, ") S ") != NULL);
    GUEST_CHECK_EQ(kill(echo, SIGKILL), 0);
    bool zombie = false;
    for (int tries = 0; tries < 1000 && !zombie; tries++) {
        zombie = proc_stat(echo, text, sizeof text) && strstr(text, ") Z ") != NULL;
        if (!zombie)
            sched_yield();
    }
    GUEST_CHECK(zombie);
    GUEST_CHECK_EQ(write(there[1], "abc", 3), 3);
    memset(text, 0, sizeof text);
    GUEST_CHECK_EQ(read(there[0], text, sizeof text), 3);
    GUEST_CHECK(memcmp(text, "abc", 3) == 0);
    GUEST_CHECK_EQ(read(back[0], text, sizeof text), 0);
    int again[2];
    GUEST_CHECK_EQ(pipe(again), 0);
    GUEST_CHECK_EQ(write(again[1], "ok", 2), 2);
    GUEST_CHECK_EQ(read(again[0], text, sizeof text), 2);
    GUEST_CHECK(getpid() > 0);
    int status = status_of(echo);
    GUEST_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    GUEST_CHECK_EQ(write(there[1], "d", 1), 1);
    GUEST_CHECK_EQ(read(there[0], text, sizeof text), 1);
    int ends[] = {there[0], there[1], back[0], again[0], again[1]};
    for (unsigned i = 0; i < sizeof ends / sizeof ends[0]; i++)
        GUEST_CHECK_EQ(close(ends[i]), 0);
}

/* Two echo children wait on one pipe: every byte comes back exactly once, and both see the end
 * of the pipe when this process closes it. */
static void test_two_waiting_readers(void)
{
    int there[2], back[2];
    GUEST_CHECK_EQ(pipe(there), 0);
    GUEST_CHECK_EQ(pipe(back), 0);
    pid_t first = start("echo", NULL, NULL, there, back);
    pid_t second = start("echo", NULL, NULL, there, back);
    GUEST_CHECK_EQ(close(there[0]), 0);
    GUEST_CHECK_EQ(close(back[1]), 0);
    unsigned sum = 0, expected = 0;
    for (unsigned i = 0; i < 40; i++) {
        if (i % 8 == 0)
            pause_briefly(); /* now and then both wait */
        char byte = (char)('a' + i % 26), answer = 0;
        expected += (unsigned char)byte;
        GUEST_CHECK_EQ(write(there[1], &byte, 1), 1);
        GUEST_CHECK_EQ(read(back[0], &answer, 1), 1);
        sum += (unsigned char)answer;
    }
    GUEST_CHECK_EQ(sum, expected);
    GUEST_CHECK_EQ(close(there[1]), 0);
    GUEST_CHECK_EQ(status_of(first), 0);
    GUEST_CHECK_EQ(status_of(second), 0);
    char rest;
    GUEST_CHECK_EQ(read(back[0], &rest, 1), 0);
    GUEST_CHECK_EQ(close(back[0]), 0);
}

/* After waits have set the hand-off up, an O_NONBLOCK end still never waits. */
static void test_nonblocking_after_handoff(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe2(ends, O_NONBLOCK), 0);
    char byte = 0;
    errno = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EAGAIN);
    GUEST_CHECK_EQ(write(ends[1], "n", 1), 1);
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'n');
    errno = 0;
    GUEST_CHECK_EQ(read(ends[0], &byte, 1), -1);
    GUEST_CHECK_EQ(errno, EAGAIN);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
}

/* A byte handed to a waiting echo child left the pipe: the pipe there polls not readable (this
 * process kept its read end), the pipe back polls readable once the child has echoed it. */
static void test_poll_after_handoff(void)
{
    int there[2], back[2];
    GUEST_CHECK_EQ(pipe(there), 0);
    GUEST_CHECK_EQ(pipe(back), 0);
    pid_t echo = start("echo", NULL, NULL, there, back);
    GUEST_CHECK_EQ(close(back[1]), 0);
    pause_briefly(); /* the child waits */
    GUEST_CHECK_EQ(write(there[1], "p", 1), 1);
    struct pollfd back_in = {.fd = back[0], .events = POLLIN};
    GUEST_CHECK_EQ(poll(&back_in, 1, -1), 1);
    GUEST_CHECK(back_in.revents & POLLIN);
    struct pollfd there_fds[2] = {{.fd = there[0], .events = POLLIN},
                                  {.fd = there[1], .events = POLLOUT}};
    GUEST_CHECK_EQ(poll(there_fds, 2, 0), 1);
    GUEST_CHECK_EQ(there_fds[0].revents, 0);
    GUEST_CHECK(there_fds[1].revents & POLLOUT);
    char byte = 0;
    GUEST_CHECK_EQ(read(back[0], &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'p');
    GUEST_CHECK_EQ(close(there[1]), 0);
    GUEST_CHECK_EQ(close(there[0]), 0);
    GUEST_CHECK_EQ(status_of(echo), 0);
    GUEST_CHECK_EQ(close(back[0]), 0);
}

const struct guest_test handoff_tests[] = {
    {"hand-off: a writer fills a waiting reader", test_writer_fills_waiting_reader},
    {"hand-off: end of file reaches a waiting reader", test_end_of_file_reaches_waiting_reader},
    {"hand-off: a reader killed while waiting takes nothing", test_killed_reader_takes_nothing},
    {"hand-off: a zombie reader takes nothing, the server goes on",
     test_zombie_reader_takes_nothing},
    {"hand-off: two readers wait on one pipe", test_two_waiting_readers},
    {"hand-off: O_NONBLOCK never waits", test_nonblocking_after_handoff},
    {"hand-off: poll after a hand-off", test_poll_after_handoff},
};
const unsigned handoff_test_count = sizeof handoff_tests / sizeof handoff_tests[0];

/*
 * The container suite, tree A (test/guest/container): the init program, served by the first
 * POSIX server (the whole initrd as its root). It writes /tmp/secret, starts a worker that stays
 * alive on a pipe, hands both ids to tree B (container.h) and waits while B, in its own
 * container, fails to reach them; then it checks that its file, its worker and its pipes are as
 * they were. Its exit status, its failures plus B's, ends the run.
 */
#include "container.h"

#include <errno.h>
#include <fcntl.h>
#include <guest_test.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <a9n/a9n.h>
#include <koito/capabilities.h>

static pid_t worker = -1;
static int to_worker = -1, from_worker = -1;
static uint64_t b_pid, b_failures = 1;

static void test_secret_written(void)
{
    int fd = open(SECRET, O_WRONLY | O_CREAT | O_EXCL, 0600);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(write(fd, SECRET_OF_A, strlen(SECRET_OF_A)), strlen(SECRET_OF_A));
    GUEST_CHECK_EQ(close(fd), 0);
}

static void test_worker_started(void)
{
    int in[2], out[2];
    GUEST_CHECK_EQ(pipe2(in, O_CLOEXEC), 0);
    GUEST_CHECK_EQ(pipe2(out, O_CLOEXEC), 0);
    GUEST_CHECK_EQ(container_spawn(&worker, "echo", NULL, in[0], out[1]), 0);
    close(in[0]);
    close(out[1]);
    to_worker = in[1];
    from_worker = out[0];
    GUEST_CHECK(container_echo(to_worker, from_worker, "before B\n"));
}

/* 1. and 2. of container.h: B's tests run between the two calls. */
static void test_tree_b_ran(void)
{
    a9n_descriptor_t link = koito_capability(LINK_NAME);
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = (uint64_t)getpid();
    message.words[1] = (uint64_t)worker;
    GUEST_CHECK_EQ(a9n_ipc_port_call(link, &message), A9N_OK);
    struct a9n_message report = {.info = 0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(link, &report), A9N_OK);
    b_pid = report.words[0];
    b_failures = report.words[1];
    struct a9n_message answer = {.info = A9N_MESSAGE_INFO(0, 0)};
    GUEST_CHECK_EQ(a9n_ipc_port_reply(link, &answer), A9N_OK);
    GUEST_CHECK(b_pid != 0 && b_pid != (uint64_t)getpid());
    GUEST_CHECK_EQ(b_failures, 0);
}

/* B wrote its own /tmp/secret in its own tmpfs: A's is untouched. */
static void test_secret_unchanged(void)
{
    char text[64] = {0};
    int fd = open(SECRET, O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(read(fd, text, sizeof text), strlen(SECRET_OF_A));
    GUEST_CHECK(strcmp(text, SECRET_OF_A) == 0);
    GUEST_CHECK_EQ(close(fd), 0);
}

/* B's kill() did not reach the worker: it still answers, then ends normally. */
static void test_worker_alive(void)
{
    GUEST_CHECK(container_echo(to_worker, from_worker, "after B\n"));
    GUEST_CHECK_EQ(close(to_worker), 0);
    char byte;
    GUEST_CHECK_EQ(read(from_worker, &byte, 1), 0);
    GUEST_CHECK_EQ(close(from_worker), 0);
    int status = container_wait(worker);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Nor does A see B's processes: the isolation goes both ways. */
static void test_b_invisible(void)
{
    errno = 0;
    GUEST_CHECK_EQ(kill((pid_t)b_pid, 0), -1);
    GUEST_CHECK_EQ(errno, ESRCH);
    errno = 0;
    GUEST_CHECK_EQ(kill((pid_t)b_pid, SIGKILL), -1);
    GUEST_CHECK_EQ(errno, ESRCH);
    struct stat status;
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld", (long)b_pid);
    errno = 0;
    GUEST_CHECK_EQ(stat(path, &status), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(stat("/proc/self", &status), 0);
    GUEST_CHECK_EQ(stat("/containers/b/bin/worker", &status), 0); /* A's root is the initrd */
    errno = 0;
    GUEST_CHECK_EQ(stat("/etc/motd", &status), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
}

static const struct guest_test tests[] = {
    {"secret_written", test_secret_written}, {"worker_started", test_worker_started},
    {"tree_b_ran", test_tree_b_ran},         {"secret_unchanged", test_secret_unchanged},
    {"worker_alive", test_worker_alive},     {"b_invisible", test_b_invisible},
};

int main(void)
{
    int failed = guest_test_run("container-a", tests, sizeof tests / sizeof tests[0]);
    return failed + (int)(b_failures > 100 ? 100 : b_failures);
}

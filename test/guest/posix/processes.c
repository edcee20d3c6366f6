/*
 * The POSIX server suite: processes (test/guest/posix). posix_spawn and posix_spawnp start
 * /bin/proc-child (proc_child.c) from the initrd with arguments, environment, inherited
 * descriptors and file actions; waitpid collects how it ended (exit status, or the signal of a
 * fault or of kill); every error each call can give.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <koito/slots.h>
#include <ulmm/ulmmi.h>

#define CHILD "/bin/proc-child"

static char *child_environment[] = {"ALPHA=1", "BETA=two words", NULL};

/* Start CHILD with request (and argument) and file actions; its id, or -1. */
static pid_t start(const char *request, const char *argument,
                   const posix_spawn_file_actions_t *actions)
{
    char *argv[] = {"proc-child", (char *)request, (char *)argument, NULL};
    pid_t pid = -1;
    int error = posix_spawn(&pid, CHILD, actions, NULL, argv, child_environment);
    GUEST_CHECK_EQ(error, 0);
    return error == 0 ? pid : -1;
}

/* Wait for pid; its status, or -1 if waitpid did not return it. */
static int finish(pid_t pid)
{
    int status = 0;
    pid_t got = waitpid(pid, &status, 0);
    GUEST_CHECK_EQ(got, pid);
    return got == pid ? status : -1;
}

/* Run request with descriptor 1 on a fresh /tmp file; the file's contents in text. */
static int run_captured(const char *request, char *text, size_t capacity)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 1, "/tmp/captured",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    int status = finish(start(request, NULL, &actions));
    posix_spawn_file_actions_destroy(&actions);
    memset(text, 0, capacity);
    int fd = open("/tmp/captured", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK(read(fd, text, capacity - 1) >= 0);
    close(fd);
    return status;
}

static void test_exit_status(void)
{
    int status = finish(start("exit", "0", NULL));
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK(!WIFSIGNALED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 0);
    status = finish(start("exit", "42", NULL));
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 42);
}

static void test_arguments_and_environment(void)
{
    char text[256];
    int status = run_captured("args", text, sizeof text);
    GUEST_CHECK_EQ(status, 0);
    GUEST_CHECK(strcmp(text, "proc-child\nargs\nALPHA=1\nBETA=two words\n") == 0);
    /* The strings are the child's own to change. */
    status = run_captured("rewrite", text, sizeof text);
    GUEST_CHECK_EQ(status, 0);
    GUEST_CHECK(strcmp(text, "PROC-CHILD\nREWRITE\nALPHA=1\nBETA=TWO WORDS\n") == 0);
}

static void test_parent_id(void)
{
    char text[32];
    GUEST_CHECK_EQ(run_captured("ppid", text, sizeof text), 0);
    GUEST_CHECK_EQ(atoi(text), getpid());
}

/* The child has 0, 1, 2 and the caller's other descriptors, minus the close-on-exec ones. */
static void test_descriptors_inherited(void)
{
    int kept = open("/etc/greeting", O_RDONLY);
    int closed = open("/etc/greeting", O_RDONLY | O_CLOEXEC);
    GUEST_CHECK_EQ(kept, 3);
    GUEST_CHECK_EQ(closed, 4);
    char text[64];
    GUEST_CHECK_EQ(run_captured("fds", text, sizeof text), 0);
    GUEST_CHECK(strcmp(text, "0:1:2:3:\n") == 0);
    close(kept);
    close(closed);
}

/* open, close and dup2 in order; dup2 of a close-on-exec descriptor onto itself keeps it. */
static void test_file_actions(void)
{
    int marked = open("/etc/greeting", O_RDONLY | O_CLOEXEC);
    GUEST_CHECK_EQ(marked, 3);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 7, "/tmp/actions",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 7, 1), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 7), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 2), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 12), 0); /* not open: no error */
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 3, 3), 0);
    GUEST_CHECK_EQ(finish(start("fds", NULL, &actions)), 0);
    posix_spawn_file_actions_destroy(&actions);
    char text[32] = {0};
    int fd = open("/tmp/actions", O_RDONLY);
    GUEST_CHECK(read(fd, text, sizeof text - 1) > 0);
    GUEST_CHECK(strcmp(text, "0:1:3:\n") == 0);
    close(fd);
    close(marked);
}

static void test_faults_end_as_signals(void)
{
    static const struct {
        const char *request;
        int signal;
    } faults[] = {{"segv", SIGSEGV}, {"ill", SIGILL}, {"fpe", SIGFPE}};
    for (unsigned i = 0; i < sizeof faults / sizeof faults[0]; i++) {
        int status = finish(start(faults[i].request, NULL, NULL));
        GUEST_CHECK(WIFSIGNALED(status));
        GUEST_CHECK(!WIFEXITED(status));
        GUEST_CHECK_EQ(WTERMSIG(status), faults[i].signal);
    }
}

static void test_wait_any_and_nohang(void)
{
    pid_t spinning = start("spin", NULL, NULL);
    int status = -1;
    GUEST_CHECK_EQ(waitpid(spinning, &status, WNOHANG), 0);
    pid_t quick = start("exit", "3", NULL);
    GUEST_CHECK_EQ(waitpid(-1, &status, 0), quick);
    GUEST_CHECK_EQ(WEXITSTATUS(status), 3);
    GUEST_CHECK_EQ(waitpid(-1, &status, WNOHANG), 0);
    GUEST_CHECK_EQ(kill(spinning, SIGKILL), 0);
    GUEST_CHECK_EQ(wait(&status), spinning);
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), SIGKILL);
}

/* SIGTERM and SIGINT end a process; SIGCHLD is ignored by default; signal 0 only checks. */
static void test_kill_default_actions(void)
{
    static const int ending[] = {SIGTERM, SIGINT, SIGKILL, SIGUSR1};
    for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
        pid_t pid = start("spin", NULL, NULL);
        GUEST_CHECK_EQ(kill(pid, 0), 0);
        GUEST_CHECK_EQ(kill(pid, SIGCHLD), 0);
        int status = -1;
        GUEST_CHECK_EQ(waitpid(pid, &status, WNOHANG), 0);
        GUEST_CHECK_EQ(kill(pid, ending[i]), 0);
        GUEST_CHECK_EQ(finish(pid), ending[i]);
        errno = 0;
        GUEST_CHECK_EQ(kill(pid, SIGTERM), -1);
        GUEST_CHECK_EQ(errno, ESRCH);
    }
}

/* A grandchild may be signalled by its grandparent; a process that is not a descendant not. */
static void test_kill_descendants_only(void)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 1, "/tmp/grandchild",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    pid_t child = start("spawn-spin", NULL, &actions);
    posix_spawn_file_actions_destroy(&actions);
    char text[16] = {0};
    for (unsigned tries = 0; tries < 100000 && text[0] == 0; tries++) {
        int fd = open("/tmp/grandchild", O_RDONLY);
        if (fd >= 0) {
            read(fd, text, sizeof text - 1);
            close(fd);
        }
    }
    pid_t grandchild = atoi(text);
    GUEST_CHECK(grandchild > child);
    errno = 0;
    GUEST_CHECK_EQ(waitpid(grandchild, NULL, WNOHANG), -1); /* not this process's child */
    GUEST_CHECK_EQ(errno, ECHILD);
    GUEST_CHECK_EQ(kill(grandchild, SIGTERM), 0);
    GUEST_CHECK_EQ(kill(child, SIGTERM), 0);
    GUEST_CHECK_EQ(finish(child), SIGTERM);
    /* A child may not signal its parent. */
    GUEST_CHECK_EQ(finish(start("kill-parent", NULL, NULL)), EPERM << 8);
}

static void test_spawnp_searches_path(void)
{
    char *argv[] = {"proc-child", "exit", "5", NULL};
    pid_t pid = -1;
    setenv("PATH", "/nowhere:/etc:/bin", 1);
    GUEST_CHECK_EQ(posix_spawnp(&pid, "proc-child", NULL, NULL, argv, child_environment), 0);
    GUEST_CHECK_EQ(WEXITSTATUS(finish(pid)), 5);
    GUEST_CHECK_EQ(posix_spawnp(&pid, "/bin/proc-child", NULL, NULL, argv, child_environment), 0);
    GUEST_CHECK_EQ(WEXITSTATUS(finish(pid)), 5);
    GUEST_CHECK_EQ(posix_spawnp(&pid, "no-such-program", NULL, NULL, argv, NULL), ENOENT);
    /* /etc/greeting is found but not executable. */
    GUEST_CHECK_EQ(posix_spawnp(&pid, "greeting", NULL, NULL, argv, NULL), EACCES);
    unsetenv("PATH");
}

static void test_spawn_errors(void)
{
    char *argv[] = {"x", NULL};
    char *no_argv[] = {NULL};
    pid_t pid = 0;
    GUEST_CHECK_EQ(posix_spawn(&pid, "/bin/none", NULL, NULL, argv, NULL), ENOENT);
    GUEST_CHECK_EQ(posix_spawn(&pid, "/etc/greeting", NULL, NULL, argv, NULL), EACCES);
    GUEST_CHECK_EQ(posix_spawn(&pid, "/bin", NULL, NULL, argv, NULL), EACCES);
    GUEST_CHECK_EQ(posix_spawn(&pid, "/etc/greeting/x", NULL, NULL, argv, NULL), ENOTDIR);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, NULL, no_argv, NULL), EINVAL);
    /* An executable tmpfs file is not a program the loader can reach. */
    int fd = open("/tmp/script", O_WRONLY | O_CREAT | O_TRUNC, 0755);
    GUEST_CHECK_EQ(write(fd, "\177ELF", 4), 4);
    close(fd);
    GUEST_CHECK_EQ(posix_spawn(&pid, "/tmp/script", NULL, NULL, argv, NULL), ENOEXEC);
    /* Strings the shared buffer cannot hold (at.c tries the exact limit). */
    static char big[KOITO_POSIX_BUFFER_SIZE];
    memset(big, 'a', sizeof big - 1);
    char *big_argv[] = {"x", big, NULL};
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, NULL, big_argv, NULL), E2BIG);
    /* File actions: a failing one starts nothing. */
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 5, "/tmp/none/x", O_RDONLY, 0), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL), ENOENT);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 20, 1), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL), EBADF);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, -1), EBADF);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 1, 64), EBADF);
    posix_spawn_file_actions_destroy(&actions);
    errno = 0;
    GUEST_CHECK_EQ(waitpid(-1, NULL, WNOHANG), -1); /* nothing started above */
    GUEST_CHECK_EQ(errno, ECHILD);
}

static void test_spawn_attributes(void)
{
    char *argv[] = {"proc-child", "exit", "0", NULL};
    posix_spawnattr_t attr;
    pid_t pid;
    GUEST_CHECK_EQ(posix_spawnattr_init(&attr), 0);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    GUEST_CHECK_EQ(posix_spawnattr_setsigdefault(&attr, &set), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_RESETIDS),
                   0);
    short flags = 0;
    GUEST_CHECK_EQ(posix_spawnattr_getflags(&attr, &flags), 0);
    GUEST_CHECK_EQ(flags, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_RESETIDS);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attr, argv, NULL), 0);
    GUEST_CHECK_EQ(finish(pid), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setsigmask(&attr, &set), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attr, argv, NULL), 0);
    GUEST_CHECK_EQ(finish(pid), 0);
    sigemptyset(&set);
    GUEST_CHECK_EQ(posix_spawnattr_setsigmask(&attr, &set), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attr, argv, NULL), 0);
    GUEST_CHECK_EQ(finish(pid), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setpgroup(&attr, 0), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attr, argv, NULL), 0);
    GUEST_CHECK_EQ(finish(pid), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSCHEDULER), 0);
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attr, argv, NULL), ENOTSUP);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, 0x4000), EINVAL);
    GUEST_CHECK_EQ(posix_spawnattr_destroy(&attr), 0);
}

/* Start request with POSIX_SPAWN_SETSIGMASK {SIGTERM, SIGUSR1, SIGKILL}, send it SIGTERM at once
 * (before or after its C library starts: the server holds it pending either way), then let it go
 * on (a byte on its descriptor 0) and read what it wrote; its status. */
static int run_masked(const char *request, char *text, size_t capacity)
{
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    GUEST_CHECK_EQ(posix_spawnattr_init(&attr), 0);
    posix_spawn_file_actions_init(&actions);
    int go[2];
    GUEST_CHECK_EQ(pipe(go), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 1, "/tmp/masked",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, go[0], 0), 0);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addclose(&actions, go[1]), 0);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGKILL); /* never blocked: dropped */
    GUEST_CHECK_EQ(posix_spawnattr_setsigmask(&attr, &set), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK), 0);
    char *argv[] = {"proc-child", (char *)request, NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, &attr, argv, NULL), 0);
    GUEST_CHECK_EQ(kill(pid, SIGTERM), 0);
    GUEST_CHECK_EQ(write(go[1], "g", 1), 1);
    close(go[0]);
    close(go[1]);
    int status = finish(pid);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    memset(text, 0, capacity);
    int fd = open("/tmp/masked", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK(read(fd, text, capacity - 1) > 0);
    close(fd);
    return status;
}

/* POSIX_SPAWN_SETSIGMASK: the child starts with the mask; a blocked SIGTERM stays pending and
 * ends it only once it unblocks it. */
static void test_spawn_signal_mask(void)
{
    char text[64], expected[64];
    unsigned long long term = 1ull << (SIGTERM - 1), usr1 = 1ull << (SIGUSR1 - 1);
    GUEST_CHECK_EQ(run_masked("mask", text, sizeof text), 0);
    snprintf(expected, sizeof expected, "mask %llx pending %llx\n", term | usr1, term);
    GUEST_CHECK(strcmp(text, expected) == 0);
    int status = run_masked("unblock", text, sizeof text);
    GUEST_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    GUEST_CHECK(strcmp(text, expected) == 0);
    /* Without the flag nothing is blocked: SIGTERM's default action ends the child. */
    char *argv[] = {"proc-child", "spin", NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, NULL, argv, NULL), 0);
    GUEST_CHECK_EQ(kill(pid, SIGTERM), 0);
    GUEST_CHECK_EQ(finish(pid), SIGTERM);
}

/* Start request "signals" with attr, its output to /tmp/inherited; what it wrote. */
static void run_signals(const posix_spawnattr_t *attr, char *text, size_t capacity)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 1, "/tmp/inherited",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    char *argv[] = {"proc-child", "signals", NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, attr, argv, NULL), 0);
    GUEST_CHECK_EQ(finish(pid), 0);
    posix_spawn_file_actions_destroy(&actions);
    memset(text, 0, capacity);
    int fd = open("/tmp/inherited", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK(read(fd, text, capacity - 1) > 0);
    close(fd);
}

static void on_signal(int number)
{
    (void)number;
}

/* A spawned child inherits the caller's mask and what it ignores (POSIX); a caught signal starts
 * at its default, POSIX_SPAWN_SETSIGDEF takes signals out of the ignored ones and
 * POSIX_SPAWN_SETSIGMASK replaces the mask; the server drops an ignored signal from the start. */
static void test_spawn_signal_inheritance(void)
{
    unsigned long long usr1 = 1ull << (SIGUSR1 - 1), usr2 = 1ull << (SIGUSR2 - 1),
                       hup = 1ull << (SIGHUP - 1);
    sigset_t block, old_mask;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    GUEST_CHECK_EQ(sigprocmask(SIG_BLOCK, &block, &old_mask), 0);
    struct sigaction ignore = {.sa_handler = SIG_IGN}, catch = {.sa_handler = on_signal};
    struct sigaction old_usr1, old_hup, old_int;
    GUEST_CHECK_EQ(sigaction(SIGUSR1, &ignore, &old_usr1), 0);
    GUEST_CHECK_EQ(sigaction(SIGHUP, &ignore, &old_hup), 0);
    GUEST_CHECK_EQ(sigaction(SIGINT, &catch, &old_int), 0);
    char text[64], expected[64];
    run_signals(NULL, text, sizeof text);
    snprintf(expected, sizeof expected, "mask %llx ignored %llx\n", usr2, usr1 | hup);
    GUEST_CHECK(strcmp(text, expected) == 0);
    posix_spawnattr_t attr;
    GUEST_CHECK_EQ(posix_spawnattr_init(&attr), 0);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    GUEST_CHECK_EQ(posix_spawnattr_setsigdefault(&attr, &set), 0);
    sigemptyset(&set);
    GUEST_CHECK_EQ(posix_spawnattr_setsigmask(&attr, &set), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF), 0);
    run_signals(&attr, text, sizeof text);
    snprintf(expected, sizeof expected, "mask %llx ignored %llx\n", usr2, usr1);
    GUEST_CHECK(strcmp(text, expected) == 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK),
                   0);
    run_signals(&attr, text, sizeof text);
    snprintf(expected, sizeof expected, "mask 0 ignored %llx\n", usr1);
    GUEST_CHECK(strcmp(text, expected) == 0);
    GUEST_CHECK_EQ(posix_spawnattr_destroy(&attr), 0);
    /* SIGUSR1, ignored from the start, does not end a spinning child; SIGKILL does. */
    char *argv[] = {"proc-child", "spin", NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, NULL, argv, NULL), 0);
    GUEST_CHECK_EQ(kill(pid, SIGUSR1), 0);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    GUEST_CHECK_EQ(finish(pid), SIGKILL);
    GUEST_CHECK_EQ(sigaction(SIGUSR1, &old_usr1, NULL), 0);
    GUEST_CHECK_EQ(sigaction(SIGHUP, &old_hup, NULL), 0);
    GUEST_CHECK_EQ(sigaction(SIGINT, &old_int, NULL), 0);
    GUEST_CHECK_EQ(sigprocmask(SIG_SETMASK, &old_mask, NULL), 0);
    /* Nothing blocked or ignored any more: a child starts with neither. */
    run_signals(NULL, text, sizeof text);
    GUEST_CHECK(strcmp(text, "mask 0 ignored 0\n") == 0);
}

static void test_wait_and_kill_errors(void)
{
    errno = 0;
    GUEST_CHECK_EQ(waitpid(-1, NULL, 0), -1);
    GUEST_CHECK_EQ(errno, ECHILD);
    errno = 0;
    GUEST_CHECK_EQ(waitpid(12345, NULL, 0), -1);
    GUEST_CHECK_EQ(errno, ECHILD);
    errno = 0;
    GUEST_CHECK_EQ(waitpid(-1, NULL, 0x100), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    errno = 0;
    GUEST_CHECK_EQ(kill(54321, SIGTERM), -1);
    GUEST_CHECK_EQ(errno, ESRCH);
    errno = 0;
    GUEST_CHECK_EQ(kill(54321, 99), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    pid_t pid = start("spin", NULL, NULL);
    errno = 0;
    GUEST_CHECK_EQ(kill(pid, SIGSTOP), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    GUEST_CHECK_EQ(finish(pid), SIGKILL);
}

/* This process's session quota and what it spent of it. */
static void own_quota(uint64_t *quota, uint64_t *used)
{
    uint64_t system_free = 0;
    *quota = *used = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(koito_slot(KOITO_SLOT_MEMORY), quota, used, &system_free),
                   KOITO_ULMMI_OK);
}

/* A child's session quota is an eighth of its parent's (INIT_SPAWN_QUOTA_DIVIDE), paid from the
 * parent's, and comes back when the child ends. */
static void test_parent_pays_child_quota(void)
{
    uint64_t quota, used, during, during_used, after, after_used;
    own_quota(&quota, &used);
    pid_t pid = start("spin", NULL, NULL);
    own_quota(&during, &during_used);
    GUEST_CHECK_EQ(during, quota - quota / 8);
    GUEST_CHECK_EQ(during_used, used);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    GUEST_CHECK_EQ(finish(pid), SIGKILL);
    own_quota(&after, &after_used);
    GUEST_CHECK_EQ(after, quota);
    GUEST_CHECK_EQ(after_used, used);
}

/* Many children in turn: each record, each block and every byte of quota is given back. */
static void test_many_children(void)
{
    uint64_t quota, used, after, after_used;
    own_quota(&quota, &used);
    unsigned failed = 0;
    for (unsigned i = 0; i < 200; i++) {
        int status = -1;
        pid_t pid = start("exit", "7", NULL);
        if (pid <= 0 || waitpid(pid, &status, 0) != pid || WEXITSTATUS(status) != 7)
            failed++;
    }
    GUEST_CHECK_EQ(failed, 0);
    own_quota(&after, &after_used);
    GUEST_CHECK_EQ(after, quota);
    GUEST_CHECK_EQ(after_used, used);
}

const struct guest_test process_tests[] = {
    {"posix_spawn and the exit status", test_exit_status},
    {"arguments and environment reach the child", test_arguments_and_environment},
    {"getppid is the spawner", test_parent_id},
    {"descriptors inherited without close-on-exec ones", test_descriptors_inherited},
    {"file actions open, close, dup2 in order", test_file_actions},
    {"faults end as SIGSEGV, SIGILL, SIGFPE", test_faults_end_as_signals},
    {"waitpid -1 and WNOHANG", test_wait_any_and_nohang},
    {"kill: default actions", test_kill_default_actions},
    {"kill: descendants only", test_kill_descendants_only},
    {"posix_spawnp searches PATH", test_spawnp_searches_path},
    {"posix_spawn errors", test_spawn_errors},
    {"posix_spawn attributes", test_spawn_attributes},
    {"POSIX_SPAWN_SETSIGMASK: the mask, a blocked signal pending", test_spawn_signal_mask},
    {"posix_spawn: the mask and ignored signals inherited, SETSIGDEF",
     test_spawn_signal_inheritance},
    {"waitpid and kill errors", test_wait_and_kill_errors},
    {"the parent pays its child's quota and gets it back", test_parent_pays_child_quota},
    {"200 children in turn give every byte back", test_many_children},
};
const unsigned process_test_count = sizeof process_tests / sizeof process_tests[0];

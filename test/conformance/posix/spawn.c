/*
 * Conformance (POSIX <spawn.h>): posix_spawn passes argv exactly and the child's parent is the
 * caller; file actions (open, close, dup2) apply in order in the child alone; attributes
 * POSIX_SPAWN_SETPGROUP (a new group the child leads), POSIX_SPAWN_SETSIGDEF (an ignored signal
 * back to SIG_DFL) and POSIX_SPAWN_SETSIGMASK with an empty mask; the attribute getters return
 * what was set; posix_spawnp searches PATH in order; a missing program is ENOENT.
 * Child modes: "argv ARGS..." checks its arguments; "parent PID"; "write" writes to fd 1;
 * "closed FD"; "leader"; "default SIG"; "unblocked SIG"; each exits 0 when its check holds.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Spawns and waits; the child's exit status, or -1 when it did not exit. */
static int run(const char *self, char *const arguments[], const posix_spawn_file_actions_t *actions,
               const posix_spawnattr_t *attributes)
{
    pid_t child = -1;
    int error = posix_spawn(&child, self, actions, attributes, arguments, environ);
    CHECK_EQ(error, 0);
    if (error != 0)
        return -1;
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void test_arguments_and_parent(const char *self)
{
    char *arguments[] = {(char *)self, "argv", "one", "two words", "", "last", NULL};
    CHECK_EQ(run(self, arguments, NULL, NULL), 0);
    char parent[24];
    snprintf(parent, sizeof parent, "%ld", (long)getpid());
    char *parent_arguments[] = {(char *)self, "parent", parent, NULL};
    CHECK_EQ(run(self, parent_arguments, NULL, NULL), 0);
}

static void test_file_actions(const char *self, const char *path)
{
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    /* 1 becomes the file, 7 a duplicate of it, then 1 closes and 7 moves back to 1. */
    CHECK_EQ(
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0600), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 1, 7), 0);
    CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 1), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 7, 1), 0);
    CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 7), 0);
    char *writer[] = {(char *)self, "write", NULL};
    CHECK_EQ(run(self, writer, &actions, NULL), 0);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    char text[32] = {0};
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    CHECK_EQ(read(fd, text, sizeof text), 14);
    CHECK(memcmp(text, "written by one", 14) == 0);
    CHECK_EQ(close(fd), 0);
    CHECK_EQ(unlink(path), 0);

    int kept = open("/dev/null", O_RDONLY); /* open in the parent, closed in the child */
    CHECK(kept >= 0);
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_addclose(&actions, kept), 0);
    char number[12];
    snprintf(number, sizeof number, "%d", kept);
    char *closed[] = {(char *)self, "closed", number, NULL};
    CHECK_EQ(run(self, closed, &actions, NULL), 0);
    CHECK_EQ(fcntl(kept, F_GETFD), 0);          /* the parent's stays */
    CHECK_EQ(run(self, closed, NULL, NULL), 1); /* without the action the child has it */
    CHECK_EQ(close(kept), 0);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);

    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 3, "/no/such/file", O_RDONLY, 0), 0);
    pid_t child = -1;
    int error = posix_spawn(&child, self, &actions, NULL, writer, environ);
    if (error == 0) { /* a failing action may also end the child with 127 */
        int status = -1;
        CHECK_EQ(waitpid(child, &status, 0), child);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 127);
    } else {
        CHECK_EQ(error, ENOENT);
    }
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_addclose(&actions, -1), EBADF);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, -1, 1), EBADF);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 1, -1), EBADF);
    CHECK_EQ(posix_spawn_file_actions_addopen(&actions, -1, "/dev/null", O_RDONLY, 0), EBADF);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
}

static void test_attributes(const char *self)
{
    posix_spawnattr_t attributes;
    CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    short flags = -1;
    CHECK_EQ(posix_spawnattr_getflags(&attributes, &flags), 0);
    CHECK_EQ(flags, 0);
    pid_t group = -1;
    CHECK_EQ(posix_spawnattr_getpgroup(&attributes, &group), 0);
    CHECK_EQ(group, 0);
    CHECK_EQ(posix_spawnattr_setpgroup(&attributes, 0), 0);
    CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP), 0);
    CHECK_EQ(posix_spawnattr_getflags(&attributes, &flags), 0);
    CHECK_EQ(flags, POSIX_SPAWN_SETPGROUP);
    char *leader[] = {(char *)self, "leader", NULL};
    CHECK_EQ(run(self, leader, NULL, &attributes), 0);
    CHECK_EQ(run(self, leader, NULL, NULL), 1); /* without it, the caller's group */
    CHECK_EQ(posix_spawnattr_destroy(&attributes), 0);

    /* SIGUSR2 ignored here; SETSIGDEF puts its default back in the child. */
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old;
    sigemptyset(&ignore.sa_mask);
    CHECK_EQ(sigaction(SIGUSR2, &ignore, &old), 0);
    CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    sigset_t set, got;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    CHECK_EQ(posix_spawnattr_setsigdefault(&attributes, &set), 0);
    CHECK_EQ(posix_spawnattr_getsigdefault(&attributes, &got), 0);
    CHECK(sigismember(&got, SIGUSR2) == 1 && sigismember(&got, SIGUSR1) == 0);
    CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF), 0);
    char number[12];
    snprintf(number, sizeof number, "%d", SIGUSR2);
    char *defaulted[] = {(char *)self, "default", number, NULL};
    CHECK_EQ(run(self, defaulted, NULL, &attributes), 0);
    CHECK_EQ(posix_spawnattr_destroy(&attributes), 0);
    CHECK_EQ(sigaction(SIGUSR2, &old, NULL), 0);

    /* SIGUSR1 blocked here; SETSIGMASK with an empty mask starts the child unblocked. */
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGUSR1);
    CHECK_EQ(sigprocmask(SIG_BLOCK, &blocked, &previous), 0);
    CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    sigemptyset(&set);
    CHECK_EQ(posix_spawnattr_setsigmask(&attributes, &set), 0);
    CHECK_EQ(posix_spawnattr_getsigmask(&attributes, &got), 0);
    CHECK_EQ(sigismember(&got, SIGUSR1), 0);
    CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK), 0);
    snprintf(number, sizeof number, "%d", SIGUSR1);
    char *unblocked[] = {(char *)self, "unblocked", number, NULL};
    CHECK_EQ(run(self, unblocked, NULL, &attributes), 0);
    CHECK_EQ(posix_spawnattr_destroy(&attributes), 0);
    CHECK_EQ(sigprocmask(SIG_SETMASK, &previous, NULL), 0);
}

static void test_path_search(const char *self)
{
    const char *slash = strrchr(self, '/');
    CHECK(slash != NULL);
    if (slash == NULL)
        return;
    char directory[512];
    snprintf(directory, sizeof directory, "/nonexistent-directory:%.*s", (int)(slash - self), self);
    const char *saved = getenv("PATH");
    char *saved_copy = saved ? strdup(saved) : NULL;
    CHECK_EQ(setenv("PATH", directory, 1), 0);
    char *arguments[] = {(char *)(slash + 1), "argv", "one", "two words", "", "last", NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawnp(&child, slash + 1, NULL, NULL, arguments, environ), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_EQ(setenv("PATH", "/nonexistent-directory", 1), 0);
    child = -1;
    int error = posix_spawnp(&child, slash + 1, NULL, NULL, arguments, environ);
    if (error == 0) {
        CHECK_EQ(waitpid(child, &status, 0), child);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 127);
    } else {
        CHECK_EQ(error, ENOENT);
    }
    if (saved_copy != NULL) {
        CHECK_EQ(setenv("PATH", saved_copy, 1), 0);
        free(saved_copy);
    } else {
        CHECK_EQ(unsetenv("PATH"), 0);
    }
}

static void test_missing_program(void)
{
    char *arguments[] = {"/no/such/program", NULL};
    pid_t child = -1;
    int error = posix_spawn(&child, "/no/such/program", NULL, NULL, arguments, environ);
    if (error == 0) {
        int status = -1;
        CHECK_EQ(waitpid(child, &status, 0), child);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 127);
    } else {
        CHECK_EQ(error, ENOENT);
    }
}

static int child_mode(int argc, char **argv)
{
    const char *mode = argv[1];
    if (strcmp(mode, "argv") == 0)
        return !(argc == 6 && strcmp(argv[2], "one") == 0 && strcmp(argv[3], "two words") == 0 &&
                 argv[4][0] == '\0' && strcmp(argv[5], "last") == 0 && argv[6] == NULL);
    if (strcmp(mode, "parent") == 0)
        return !(argc == 3 && getppid() == (pid_t)atol(argv[2]));
    if (strcmp(mode, "write") == 0)
        return write(1, "written by one", 14) != 14;
    if (strcmp(mode, "closed") == 0)
        return !(argc == 3 && fcntl(atoi(argv[2]), F_GETFD) == -1 && errno == EBADF);
    if (strcmp(mode, "leader") == 0)
        return getpgrp() != getpid();
    if (strcmp(mode, "default") == 0) {
        struct sigaction action;
        return !(argc == 3 && sigaction(atoi(argv[2]), NULL, &action) == 0 &&
                 action.sa_handler == SIG_DFL);
    }
    if (strcmp(mode, "unblocked") == 0) {
        sigset_t mask;
        return !(argc == 3 && sigprocmask(SIG_BLOCK, NULL, &mask) == 0 &&
                 sigismember(&mask, atoi(argv[2])) == 0);
    }
    return 100;
}

int main(int argc, char **argv)
{
    if (argc > 1)
        return child_mode(argc, argv);
    char path[256];
    const char *directory = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/conf-spawn-%ld", directory ? directory : "/tmp",
             (long)getpid());
    test_arguments_and_parent(argv[0]);
    test_file_actions(argv[0], path);
    test_attributes(argv[0]);
    test_path_search(argv[0]);
    test_missing_program();
    return check_summary();
}

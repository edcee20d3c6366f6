/*
 * Conformance (POSIX process groups): getpgrp is getpgid(0) and the group of a spawned child
 * by default; a child that makes its own group with setpgid(0, 0) leads it; a group made with
 * POSIX_SPAWN_SETPGROUP and joined by a second child; kill(-group) signalling every member and
 * nobody else; kill(0, 0); the errors (EINVAL for negative arguments, ESRCH for no such process
 * or group).
 * Child modes: "own" calls setpgid(0, 0), then writes a byte to fd 1 and waits; "wait" writes
 * a byte to fd 1 and waits.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Spawns a child in group (or the caller's, group < 0) and reads its ready byte. */
static pid_t spawn_ready(const char *self, const char *mode, pid_t group)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fcntl(ends[0], F_SETFD, FD_CLOEXEC), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFD, FD_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[1], 1), 0);
    posix_spawnattr_t attributes;
    CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    if (group >= 0) {
        CHECK_EQ(posix_spawnattr_setpgroup(&attributes, group), 0);
        CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP), 0);
    }
    char *arguments[] = {(char *)self, (char *)mode, NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, &actions, &attributes, arguments, environ), 0);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    CHECK_EQ(close(ends[1]), 0);
    char byte = 0;
    CHECK_EQ(read(ends[0], &byte, 1), 1);
    CHECK_EQ(close(ends[0]), 0);
    return child;
}

static void expect_killed(pid_t child, int signal_number)
{
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFSIGNALED(status));
    CHECK_EQ(WTERMSIG(status), signal_number);
}

static void test_own_group(const char *self)
{
    pid_t mine = getpgrp();
    CHECK(mine > 0);
    CHECK_EQ(getpgid(0), mine);
    CHECK_EQ(getpgid(getpid()), mine);
    pid_t inheriting = spawn_ready(self, "wait", -1);
    CHECK_EQ(getpgid(inheriting), mine);
    pid_t leader = spawn_ready(self, "own", -1);
    CHECK_EQ(getpgid(leader), leader);
    CHECK_EQ(kill(-leader, 0), 0);
    CHECK_EQ(kill(-leader, SIGTERM), 0);
    expect_killed(leader, SIGTERM);
    CHECK_EQ(kill(inheriting, 0), 0); /* not in that group: untouched */
    CHECK_EQ(kill(inheriting, SIGKILL), 0);
    expect_killed(inheriting, SIGKILL);
    CHECK_EQ(kill(0, 0), 0); /* the caller's own group exists */
}

static void test_spawned_group(const char *self)
{
    pid_t first = spawn_ready(self, "wait", 0); /* a new group it leads */
    CHECK_EQ(getpgid(first), first);
    pid_t second = spawn_ready(self, "wait", first);
    CHECK_EQ(getpgid(second), first);
    pid_t outsider = spawn_ready(self, "wait", -1);
    CHECK_EQ(kill(-first, SIGINT), 0);
    expect_killed(first, SIGINT);
    expect_killed(second, SIGINT);
    int status = -1;
    CHECK_EQ(waitpid(outsider, &status, WNOHANG), 0); /* still running */
    CHECK_EQ(kill(outsider, SIGKILL), 0);
    expect_killed(outsider, SIGKILL);
    errno = 0;
    CHECK_EQ(kill(-first, 0), -1); /* the group is gone */
    CHECK_EQ(errno, ESRCH);
    errno = 0;
    CHECK_EQ(getpgid(first), -1);
    CHECK_EQ(errno, ESRCH);
}

static void test_errors(void)
{
    errno = 0;
    CHECK_EQ(setpgid(-1, 0), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(setpgid(0, -1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(getpgid(-1), -1);
    CHECK(errno == ESRCH || errno == EINVAL);
}

static int child_wait(int own_group)
{
    if (own_group && (setpgid(0, 0) != 0 || getpgrp() != getpid()))
        return 1;
    if (write(1, "r", 1) != 1)
        return 2;
    for (;;)
        pause();
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "own") == 0)
        return child_wait(1);
    if (argc > 1 && strcmp(argv[1], "wait") == 0)
        return child_wait(0);
    test_own_group(argv[0]);
    test_spawned_group(argv[0]);
    test_errors();
    return check_summary();
}

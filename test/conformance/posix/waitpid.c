/*
 * Conformance (POSIX <sys/wait.h>): waitpid with WNOHANG (0 while the child runs), exit statuses
 * 0 to 255 through WIFEXITED/WEXITSTATUS, deaths by signal (kill, abort, raise) through
 * WIFSIGNALED/WTERMSIG, waitpid(-1) and wait() collecting any child, a NULL status, and ECHILD
 * (no children, a process that is not a child, a child already collected) and EINVAL.
 * Child modes: "exit N"; "block" reads fd 0 until it ends, then exits 9; "abort"; "raise SIG".
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

static pid_t spawn_child(const char *self, const char *mode, const char *value,
                         const posix_spawn_file_actions_t *actions)
{
    char *arguments[] = {(char *)self, (char *)mode, (char *)value, NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, actions, NULL, arguments, environ), 0);
    return child;
}

static void test_exit_statuses(const char *self)
{
    const char *codes[] = {"0", "1", "42", "255"};
    for (int i = 0; i < 4; i++) {
        pid_t child = spawn_child(self, "exit", codes[i], NULL);
        int status = -1;
        CHECK_EQ(waitpid(child, &status, 0), child);
        CHECK(WIFEXITED(status));
        CHECK(!WIFSIGNALED(status));
        CHECK_EQ(WEXITSTATUS(status), atoi(codes[i]));
    }
}

/* A child blocked on a pipe is running: WNOHANG answers 0 until it ends. */
static void test_nohang(const char *self)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFD, FD_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[0], 0), 0);
    pid_t child = spawn_child(self, "block", NULL, &actions);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    CHECK_EQ(close(ends[0]), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, WNOHANG), 0);
    CHECK_EQ(waitpid(-1, &status, WNOHANG), 0);
    CHECK_EQ(close(ends[1]), 0); /* the child's read ends */
    CHECK_EQ(waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 9);
    errno = 0;
    CHECK_EQ(waitpid(child, &status, WNOHANG), -1); /* collected */
    CHECK_EQ(errno, ECHILD);
}

static void test_signalled(const char *self)
{
    int ends[2];
    CHECK_EQ(pipe(ends), 0);
    CHECK_EQ(fcntl(ends[1], F_SETFD, FD_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    CHECK_EQ(posix_spawn_file_actions_init(&actions), 0);
    CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, ends[0], 0), 0);
    pid_t blocked = spawn_child(self, "block", NULL, &actions);
    CHECK_EQ(posix_spawn_file_actions_destroy(&actions), 0);
    CHECK_EQ(close(ends[0]), 0);
    CHECK_EQ(kill(blocked, SIGKILL), 0);
    int status = -1;
    CHECK_EQ(waitpid(blocked, &status, 0), blocked);
    CHECK(WIFSIGNALED(status));
    CHECK(!WIFEXITED(status));
    CHECK_EQ(WTERMSIG(status), SIGKILL);
    CHECK_EQ(close(ends[1]), 0);

    pid_t aborted = spawn_child(self, "abort", NULL, NULL);
    CHECK_EQ(waitpid(aborted, &status, 0), aborted);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);

    char number[12];
    snprintf(number, sizeof number, "%d", SIGTERM);
    pid_t raised = spawn_child(self, "raise", number, NULL);
    CHECK_EQ(waitpid(raised, &status, 0), raised);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
}

static void test_any_child(const char *self)
{
    pid_t first = spawn_child(self, "exit", "3", NULL);
    pid_t second = spawn_child(self, "exit", "4", NULL);
    int seen = 0;
    for (int i = 0; i < 2; i++) {
        int status = -1;
        pid_t got = waitpid(-1, &status, 0);
        CHECK(got == first || got == second);
        CHECK(WIFEXITED(status));
        if (got == first && WEXITSTATUS(status) == 3)
            seen |= 1;
        if (got == second && WEXITSTATUS(status) == 4)
            seen |= 2;
    }
    CHECK_EQ(seen, 3);
    pid_t third = spawn_child(self, "exit", "5", NULL);
    int status = -1;
    CHECK_EQ(wait(&status), third);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5);
    pid_t fourth = spawn_child(self, "exit", "6", NULL);
    CHECK_EQ(waitpid(fourth, NULL, 0), fourth); /* no status wanted */
}

static void test_errors(void)
{
    int status;
    errno = 0;
    CHECK_EQ(waitpid(-1, &status, 0), -1); /* no children left */
    CHECK_EQ(errno, ECHILD);
    errno = 0;
    CHECK_EQ(waitpid(-1, &status, WNOHANG), -1);
    CHECK_EQ(errno, ECHILD);
    errno = 0;
    CHECK_EQ(wait(&status), -1);
    CHECK_EQ(errno, ECHILD);
    errno = 0;
    CHECK_EQ(waitpid(getpid(), &status, 0), -1); /* itself is no child */
    CHECK_EQ(errno, ECHILD);
    errno = 0;
    CHECK_EQ(waitpid(-1, &status, 0x00100000), -1); /* no such option */
    CHECK_EQ(errno, EINVAL);
}

static int child_block(void)
{
    char byte;
    while (read(0, &byte, 1) > 0)
        continue;
    return 9;
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "exit") == 0)
        return atoi(argv[2]);
    if (argc > 1 && strcmp(argv[1], "block") == 0)
        return child_block();
    if (argc > 1 && strcmp(argv[1], "abort") == 0)
        abort();
    if (argc > 2 && strcmp(argv[1], "raise") == 0) {
        raise(atoi(argv[2]));
        return 1;
    }
    test_exit_statuses(argv[0]);
    test_nohang(argv[0]);
    test_signalled(argv[0]);
    test_any_child(argv[0]);
    test_errors();
    return check_summary();
}

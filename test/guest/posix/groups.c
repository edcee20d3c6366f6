/*
 * The POSIX server suite: process groups, sessions and the console's foreground group
 * (test/guest/posix). The suite is a program the boot configuration started, so it leads a
 * session and a group of its own; /bin/proc-child (proc_child.c) is spawned into its group, into
 * groups of their own (setpgid, POSIX_SPAWN_SETPGROUP) or starts a session of its own, and every
 * call's errors are checked: getpgid, getpgrp, getsid, setpgid, setsid, kill and waitpid with
 * groups, killpg, tcgetpgrp and tcsetpgrp (descriptor 0 is the console device, whose foreground
 * group this suite sets; a pipe is no terminal).
 */
#include "posix_tests.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHILD  "/bin/proc-child"
#define NOBODY 54321 /* no process has this id, nor any group */
#define FAILS_WITH(call, error)                                                                    \
    do {                                                                                           \
        errno = 0;                                                                                 \
        GUEST_CHECK_EQ((call), -1);                                                                \
        GUEST_CHECK_EQ(errno, (error));                                                            \
    } while (0)

/* Start CHILD with request, attributes and file actions (either may be NULL); its id, or -1. */
static pid_t spawn_child(const char *request, const posix_spawnattr_t *attributes,
                         const posix_spawn_file_actions_t *actions)
{
    char *argv[] = {"proc-child", (char *)request, NULL};
    pid_t pid = -1;
    int error = posix_spawn(&pid, CHILD, actions, attributes, argv, NULL);
    GUEST_CHECK_EQ(error, 0);
    return error == 0 ? pid : -1;
}

/* posix_spawn's answer for CHILD with request in group (POSIX_SPAWN_SETPGROUP); *pid its id. */
static int spawn_grouped(const char *request, pid_t group, pid_t *pid)
{
    char *argv[] = {"proc-child", (char *)request, NULL};
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, group);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    *pid = -1;
    int error = posix_spawn(pid, CHILD, NULL, &attributes, argv, NULL);
    posix_spawnattr_destroy(&attributes);
    return error;
}

/* A spinning child in group (0: a group of its own). */
static pid_t spin_in(pid_t group)
{
    pid_t pid = -1;
    GUEST_CHECK_EQ(spawn_grouped("spin", group, &pid), 0);
    return pid;
}

/* Collect pid; its wait status, or -1. */
static int reap(pid_t pid)
{
    int status = 0;
    pid_t got = waitpid(pid, &status, 0);
    GUEST_CHECK_EQ(got, pid);
    return got == pid ? status : -1;
}

static void end(pid_t pid)
{
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    GUEST_CHECK_EQ(reap(pid), SIGKILL);
}

static void test_own_group_and_session(void)
{
    GUEST_CHECK_EQ(getpgrp(), getpid());
    GUEST_CHECK_EQ(getpgid(0), getpid());
    GUEST_CHECK_EQ(getpgid(getpid()), getpid());
    GUEST_CHECK_EQ(getsid(0), getpid());
    FAILS_WITH(getpgid(NOBODY), ESRCH);
    FAILS_WITH(getsid(NOBODY), ESRCH);
    FAILS_WITH(getpgid(-3), ESRCH);
    /* A group leader cannot start a session, nor a session leader change its group. */
    FAILS_WITH(setsid(), EPERM);
    FAILS_WITH(setpgid(0, 0), EPERM);
}

static void test_children_inherit_the_group(void)
{
    pid_t pid = spawn_child("spin", NULL, NULL);
    GUEST_CHECK_EQ(getpgid(pid), getpgrp());
    GUEST_CHECK_EQ(getsid(pid), getsid(0));
    end(pid);
}

static void test_setpgid(void)
{
    pid_t leader = spawn_child("spin", NULL, NULL);
    pid_t member = spawn_child("spin", NULL, NULL);
    GUEST_CHECK_EQ(setpgid(leader, leader), 0);
    GUEST_CHECK_EQ(getpgid(leader), leader);
    GUEST_CHECK_EQ(setpgid(member, leader), 0);
    GUEST_CHECK_EQ(getpgid(member), leader);
    GUEST_CHECK_EQ(setpgid(member, 0), 0);
    GUEST_CHECK_EQ(getpgid(member), member);
    GUEST_CHECK_EQ(setpgid(member, getpgrp()), 0);
    GUEST_CHECK_EQ(getpgid(member), getpgrp());
    FAILS_WITH(setpgid(member, NOBODY), EPERM);
    FAILS_WITH(setpgid(NOBODY, 0), ESRCH);
    FAILS_WITH(setpgid(-1, 0), EINVAL);
    FAILS_WITH(setpgid(member, -2), EINVAL);
    end(leader);
    end(member);
    /* An ended child can no longer move. */
    pid_t gone = spawn_child("exit", NULL, NULL);
    GUEST_CHECK(reap(gone) != -1);
    FAILS_WITH(setpgid(gone, 0), ESRCH);
}

static void test_spawn_setpgroup(void)
{
    pid_t leader = spin_in(0);
    GUEST_CHECK_EQ(getpgid(leader), leader);
    pid_t member = spin_in(leader);
    GUEST_CHECK_EQ(getpgid(member), leader);
    GUEST_CHECK_EQ(getsid(member), getsid(0));
    pid_t none;
    GUEST_CHECK_EQ(spawn_grouped("spin", NOBODY, &none), EPERM);
    GUEST_CHECK_EQ(spawn_grouped("spin", -5, &none), EINVAL);
    GUEST_CHECK_EQ(kill(-leader, SIGTERM), 0);
    int status = 0;
    pid_t first = waitpid(-leader, &status, 0);
    GUEST_CHECK(first == leader || first == member);
    GUEST_CHECK_EQ(status, SIGTERM);
    pid_t second = waitpid(-leader, &status, 0);
    GUEST_CHECK(second == leader || second == member);
    GUEST_CHECK(second != first);
    GUEST_CHECK_EQ(status, SIGTERM);
    FAILS_WITH(waitpid(-leader, NULL, 0), ECHILD);
}

static void test_kill_a_group(void)
{
    pid_t leader = spin_in(0);
    pid_t member = spin_in(leader);
    pid_t other = spawn_child("spin", NULL, NULL);
    GUEST_CHECK_EQ(kill(-leader, 0), 0);
    GUEST_CHECK_EQ(killpg(leader, SIGKILL), 0);
    GUEST_CHECK_EQ(reap(leader), SIGKILL);
    GUEST_CHECK_EQ(reap(member), SIGKILL);
    /* The rest of the suite's group was not in it. */
    GUEST_CHECK_EQ(kill(other, 0), 0);
    FAILS_WITH(kill(-leader, 0), ESRCH);
    FAILS_WITH(kill(-NOBODY, SIGTERM), ESRCH);
    FAILS_WITH(killpg(-2, SIGTERM), EINVAL);
    FAILS_WITH(kill(-leader, SIGSTOP), EINVAL);
    /* A group whose members all ended but are not collected yet still exists (POSIX: ESRCH only
     * when no process at all is in it); the signal does nothing to its zombies. */
    leader = spin_in(0);
    member = spin_in(leader);
    GUEST_CHECK_EQ(kill(leader, SIGKILL), 0);
    GUEST_CHECK_EQ(kill(member, SIGKILL), 0);
    GUEST_CHECK_EQ(kill(-leader, 0), 0);
    GUEST_CHECK_EQ(killpg(leader, SIGTERM), 0);
    GUEST_CHECK_EQ(reap(leader), SIGKILL);
    GUEST_CHECK_EQ(reap(member), SIGKILL);
    FAILS_WITH(killpg(leader, SIGTERM), ESRCH);
    /* kill(0, 0): the caller's own group exists. */
    GUEST_CHECK_EQ(kill(0, 0), 0);
    end(other);
    /* A child in a group of its own may not signal its parent's group. */
    pid_t child;
    GUEST_CHECK_EQ(spawn_grouped("kill-parent-group", 0, &child), 0);
    int status = reap(child);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), EPERM);
}

static void test_wait_for_a_group(void)
{
    char *argv[] = {"proc-child", "exit", "3", NULL};
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    pid_t alone = -1;
    GUEST_CHECK_EQ(posix_spawn(&alone, CHILD, NULL, &attributes, argv, NULL), 0);
    posix_spawnattr_destroy(&attributes);
    argv[2] = "4";
    pid_t mine = -1;
    GUEST_CHECK_EQ(posix_spawn(&mine, CHILD, NULL, NULL, argv, NULL), 0);
    int status = 0;
    /* waitpid(0): the child in the caller's group, not the one in a group of its own. */
    GUEST_CHECK_EQ(waitpid(0, &status, 0), mine);
    GUEST_CHECK_EQ(WEXITSTATUS(status), 4);
    FAILS_WITH(waitpid(0, NULL, WNOHANG), ECHILD);
    GUEST_CHECK_EQ(waitpid(-alone, &status, 0), alone);
    GUEST_CHECK_EQ(WEXITSTATUS(status), 3);
    FAILS_WITH(waitpid(-NOBODY, NULL, 0), ECHILD);
}

static void test_terminal_foreground_group(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    FAILS_WITH(tcsetpgrp(ends[0], getpgrp()), ENOTTY);
    FAILS_WITH(tcgetpgrp(ends[1]), ENOTTY);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    FAILS_WITH(tcsetpgrp(50, getpgrp()), EBADF);
    FAILS_WITH(tcgetpgrp(50), EBADF);
    /* The console is nobody's terminal yet: this session's once it sets a group. */
    FAILS_WITH(tcgetpgrp(0), ENOTTY);
    GUEST_CHECK_EQ(tcsetpgrp(0, getpgrp()), 0);
    GUEST_CHECK_EQ(tcgetpgrp(0), getpgrp());
    FAILS_WITH(tcsetpgrp(0, -4), EINVAL);
    FAILS_WITH(tcsetpgrp(0, NOBODY), EPERM);
    pid_t job = spin_in(0);
    GUEST_CHECK_EQ(tcsetpgrp(0, job), 0);
    GUEST_CHECK_EQ(tcgetpgrp(1), job);
    GUEST_CHECK_EQ(tcsetpgrp(0, getpgrp()), 0);
    end(job);
    GUEST_CHECK_EQ(tcgetpgrp(0), getpgrp());
}

static void test_another_session(void)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1);
    posix_spawn_file_actions_addclose(&actions, ends[0]);
    pid_t leader = spawn_child("session", NULL, &actions);
    posix_spawn_file_actions_destroy(&actions);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    char line[64] = {0};
    size_t got = 0;
    while (got < sizeof line - 1 && memchr(line, '\n', got) == NULL) {
        ssize_t n = read(ends[0], line + got, sizeof line - 1 - got);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    GUEST_CHECK_EQ(close(ends[0]), 0);
    /* In it: leader of both; setsid again EPERM; the console is the suite's session's. */
    char expected[64];
    snprintf(expected, sizeof expected, "1 1 %d %d %d\n", EPERM, ENOTTY, ENOTTY);
    GUEST_CHECK_EQ(strcmp(line, expected), 0);
    GUEST_CHECK_EQ(getsid(leader), leader);
    GUEST_CHECK_EQ(getpgid(leader), leader);
    /* From here: its group is another session's. */
    FAILS_WITH(tcsetpgrp(0, leader), EPERM);
    FAILS_WITH(setpgid(leader, getpgrp()), EPERM);
    end(leader);
}

const struct guest_test group_tests[] = {
    {"a configured program leads its group and session", test_own_group_and_session},
    {"children inherit the group", test_children_inherit_the_group},
    {"setpgid and its errors", test_setpgid},
    {"posix_spawn with POSIX_SPAWN_SETPGROUP", test_spawn_setpgroup},
    {"kill and killpg to a group", test_kill_a_group},
    {"waitpid for a group", test_wait_for_a_group},
    {"tcsetpgrp and tcgetpgrp", test_terminal_foreground_group},
    {"setsid: another session", test_another_session},
};
const unsigned group_test_count = sizeof group_tests / sizeof group_tests[0];

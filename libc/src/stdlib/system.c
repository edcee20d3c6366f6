/*
 * system() (libc, stdlib): runs command with the shell, `/bin/koito-sh -c command`, and returns
 * its wait status, as POSIX asks:
 *  - while it waits, SIGINT and SIGQUIT are ignored and SIGCHLD is blocked in the caller, so a
 *    Ctrl-C meant for the command does not reach the caller and a SIGCHLD handler cannot reap
 *    the child first; calls in several threads share one ignore window (the first saves the
 *    actions, the last puts them back), and SIGCHLD is unblocked again only if it was not
 *    blocked before;
 *  - the child starts as the caller was before the wait: SIGINT and SIGQUIT at their default
 *    action unless the caller ignored them, SIGCHLD blocked only if it was (posix_spawn's
 *    attributes; the rest of the mask and what else is ignored it inherits, caught signals
 *    start at their default);
 *  - a shell that cannot be run (missing, not executable) is the status of exit(127); another
 *    spawn failure, or a failed wait, is -1 with errno.
 * system(NULL) tells whether the shell is there: nonzero when /bin/koito-sh is executable.
 */
#include "lock.h"
#include "spawn_impl.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static struct __koito_lock window_lock;
static unsigned window_users; /* system() calls waiting now */
static struct sigaction saved_interrupt, saved_quit;
static int unblock_child; /* SIGCHLD was not blocked when the window opened */

static void system_window_open(void)
{
    __koito_lock_take(&window_lock);
    if (window_users++ == 0) {
        struct sigaction ignore = {.sa_handler = SIG_IGN};
        sigemptyset(&ignore.sa_mask);
        sigaction(SIGINT, &ignore, &saved_interrupt);
        sigaction(SIGQUIT, &ignore, &saved_quit);
        sigset_t child, old;
        sigemptyset(&child);
        sigaddset(&child, SIGCHLD);
        sigprocmask(SIG_BLOCK, &child, &old);
        unblock_child = !sigismember(&old, SIGCHLD);
    }
    __koito_lock_release(&window_lock);
}

static void system_window_close(void)
{
    __koito_lock_take(&window_lock);
    if (--window_users == 0) {
        sigaction(SIGINT, &saved_interrupt, NULL);
        sigaction(SIGQUIT, &saved_quit, NULL);
        if (unblock_child) {
            sigset_t child;
            sigemptyset(&child);
            sigaddset(&child, SIGCHLD);
            sigprocmask(SIG_UNBLOCK, &child, NULL);
        }
    }
    __koito_lock_release(&window_lock);
}

/* The attributes that undo the window for the child. */
static void system_child_attributes(posix_spawnattr_t *attr)
{
    sigset_t defaults, mask;
    sigemptyset(&defaults);
    sigprocmask(SIG_BLOCK, NULL, &mask);
    __koito_lock_take(&window_lock);
    if (saved_interrupt.sa_handler != SIG_IGN)
        sigaddset(&defaults, SIGINT);
    if (saved_quit.sa_handler != SIG_IGN)
        sigaddset(&defaults, SIGQUIT);
    if (unblock_child)
        sigdelset(&mask, SIGCHLD);
    __koito_lock_release(&window_lock);
    posix_spawnattr_init(attr);
    posix_spawnattr_setsigdefault(attr, &defaults);
    posix_spawnattr_setsigmask(attr, &mask);
    posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
}

int system(const char *command)
{
    if (command == NULL)
        return access(__KOITO_SHELL, X_OK) == 0;
    system_window_open();
    pid_t child = -1;
    posix_spawnattr_t attr;
    system_child_attributes(&attr);
    int error = __koito_shell_spawn(&child, command, NULL, &attr);
    posix_spawnattr_destroy(&attr);
    int status = -1;
    if (error == 0) {
        pid_t got;
        do {
            got = waitpid(child, &status, 0);
        } while (got < 0 && errno == EINTR);
        if (got < 0)
            error = errno; /* status is still -1 */
    } else if (__koito_shell_missing(error)) {
        status = 127 << 8; /* exit(127), as WEXITSTATUS reads it */
    }
    system_window_close();
    if (status == -1)
        errno = error;
    return status;
}

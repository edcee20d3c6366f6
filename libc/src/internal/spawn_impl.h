/*
 * posix_spawn()'s internals (libc, internal header): the kinds of file actions and adding one to
 * a list. The kinds and the descriptor limit are the POSIX protocol's
 * (KOITO_POSIX_SPAWN_ACTION_*, KOITO_POSIX_DESCRIPTORS_MAX; the OS port checks they agree):
 * this side of libc does not include the protocol, so it also builds on the host.
 */
#ifndef KOITO_LIBC_INTERNAL_SPAWN_IMPL_H
#define KOITO_LIBC_INTERNAL_SPAWN_IMPL_H

#include "libc.h"
#include <errno.h>
#include <spawn.h>

#define __KOITO_SPAWN_OPEN        1
#define __KOITO_SPAWN_CLOSE       2
#define __KOITO_SPAWN_DUP2        3
#define __KOITO_SPAWN_DESCRIPTORS 64

/* Append an action (path: NULL, or copied into the list); 0, EBADF for a descriptor out of
 * range, ENOMEM when the list is full. */
__KOITO_HIDDEN int __koito_spawn_action_add(posix_spawn_file_actions_t *actions, int kind,
                                            int descriptor, int target, int flags, unsigned mode,
                                            const char *path);

/* The work of posix_spawn() for one path: 0 or an errno value. */
__KOITO_HIDDEN int __koito_spawn(pid_t *process, const char *path,
                                 const posix_spawn_file_actions_t *actions,
                                 const posix_spawnattr_t *attr, char *const argv[],
                                 char *const envp[]);

/* The shell system() and popen() run commands with. */
#define __KOITO_SHELL "/bin/koito-sh"

/* Start `__KOITO_SHELL -c command` with actions, attributes (NULL: none) and the caller's
 * environment: 0 or an errno value (posix_spawn's). */
__KOITO_HIDDEN int __koito_shell_spawn(pid_t *process, const char *command,
                                       const posix_spawn_file_actions_t *actions,
                                       const posix_spawnattr_t *attr);

/* Whether a spawn error means the shell itself could not be run (missing, not executable, not
 * a program): POSIX makes that the status of a shell that ended with exit(127). */
static inline int __koito_shell_missing(int error)
{
    return error == ENOENT || error == EACCES || error == ENOEXEC || error == ENOTDIR;
}

#endif

/* __koito_shell_spawn() (libc, spawn; see spawn_impl.h): the child of system() and popen(),
 * `koito-sh -c command` with the caller's environment. */
#include "spawn_impl.h"
#include <unistd.h>

int __koito_shell_spawn(pid_t *process, const char *command,
                        const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *attr)
{
    char *argv[] = {"koito-sh", "-c", (char *)command, NULL};
    return __koito_spawn(process, __KOITO_SHELL, actions, attr, argv, environ);
}

/* posix_spawn() (libc, spawn): start the program at path as a child; see <spawn.h>. Returns an
 * errno value, 0 on success (errno is not set). */
#include "spawn_impl.h"

int posix_spawn(pid_t *restrict process, const char *restrict path,
                const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                char *const argv[restrict], char *const envp[restrict])
{
    return __koito_spawn(process, path, actions, attr, argv, envp);
}

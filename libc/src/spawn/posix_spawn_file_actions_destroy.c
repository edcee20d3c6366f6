/* posix_spawn_file_actions_destroy() (libc, spawn): the object holds no memory of its own to free;
 * it is left empty. */
#include <spawn.h>

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
{
    return posix_spawn_file_actions_init(actions);
}

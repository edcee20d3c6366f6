/* posix_spawn_file_actions_init() (libc, spawn): an empty list of file actions; it holds its
 * actions and their paths itself, so it needs no memory from malloc. */
#include <spawn.h>

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
{
    actions->__count = 0;
    actions->__paths_used = 0;
    return 0;
}

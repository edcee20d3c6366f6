/* posix_spawn_file_actions_addclose() (libc, spawn): the child closes descriptor (no error if it
 * is not open). */
#include "spawn_impl.h"
#include <stddef.h>

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int descriptor)
{
    return __koito_spawn_action_add(actions, __KOITO_SPAWN_CLOSE, descriptor, 0, 0, 0, NULL);
}

/* posix_spawn_file_actions_adddup2() (libc, spawn): the child's target becomes a copy of
 * descriptor (equal ones: descriptor only loses close-on-exec). */
#include "spawn_impl.h"
#include <stddef.h>

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int descriptor,
                                     int target)
{
    return __koito_spawn_action_add(actions, __KOITO_SPAWN_DUP2, descriptor, target, 0, 0, NULL);
}

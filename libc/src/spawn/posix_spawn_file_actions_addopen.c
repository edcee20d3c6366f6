/* posix_spawn_file_actions_addopen() (libc, spawn): the child opens path at descriptor; the mode
 * is masked by the caller's umask now, as open() would mask it. */
#include "file_mode.h"
#include "spawn_impl.h"

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict actions, int descriptor,
                                     const char *restrict path, int flags, mode_t mode)
{
    mode &= 07777 & ~__atomic_load_n(&__koito_file_mode_mask, __ATOMIC_RELAXED);
    return __koito_spawn_action_add(actions, __KOITO_SPAWN_OPEN, descriptor, 0, flags, mode, path);
}

/* posix_spawnattr_setsigdefault() (libc, spawn): the signals POSIX_SPAWN_SETSIGDEF sets to
 * their default action, which every signal of a new program already has. */
#include <spawn.h>

int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr,
                                  const sigset_t *restrict signals)
{
    attr->__default = *signals;
    return 0;
}

/* posix_spawnattr_setsigmask() (libc, spawn): the child's initial mask under
 * POSIX_SPAWN_SETSIGMASK; only an empty one is supported (<spawn.h>). */
#include <spawn.h>

int posix_spawnattr_setsigmask(posix_spawnattr_t *restrict attr, const sigset_t *restrict mask)
{
    attr->__mask = *mask;
    return 0;
}

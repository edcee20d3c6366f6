/* posix_spawnattr_getsigdefault() (libc, spawn). */
#include <spawn.h>

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict attr,
                                  sigset_t *restrict signals)
{
    *signals = attr->__default;
    return 0;
}

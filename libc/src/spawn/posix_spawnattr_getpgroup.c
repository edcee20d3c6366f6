/* posix_spawnattr_getpgroup() (libc, spawn). */
#include <spawn.h>

int posix_spawnattr_getpgroup(const posix_spawnattr_t *restrict attr, pid_t *restrict group)
{
    *group = attr->__group;
    return 0;
}

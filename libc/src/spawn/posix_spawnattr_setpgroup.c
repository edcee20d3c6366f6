/* posix_spawnattr_setpgroup() (libc, spawn): kept; there are no process groups, so
 * POSIX_SPAWN_SETPGROUP makes posix_spawn() fail with ENOTSUP. */
#include <spawn.h>

int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t group)
{
    attr->__group = group;
    return 0;
}

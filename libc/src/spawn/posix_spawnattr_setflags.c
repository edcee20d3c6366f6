/* posix_spawnattr_setflags() (libc, spawn): EINVAL for bits POSIX does not define; whether a
 * defined one is supported posix_spawn() says (<spawn.h>). */
#include <errno.h>
#include <spawn.h>

int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
{
    const short known = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                        POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSCHEDPARAM |
                        POSIX_SPAWN_SETSCHEDULER;
    if ((flags & ~known) != 0)
        return EINVAL;
    attr->__flags = flags;
    return 0;
}

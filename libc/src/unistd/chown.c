/* chown() (libc, unistd): changes a file's owner and group: fchownat() from the working
 * directory. */
#include <fcntl.h>
#include <unistd.h>

int chown(const char *path, uid_t user, gid_t group)
{
    return fchownat(AT_FDCWD, path, user, group, 0);
}

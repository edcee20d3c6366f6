/* lchown() (libc, unistd): changes the owner and group of a file, not of what a final symbolic
 * link names (the same as chown() on KOITO, which has none): fchownat() from the working
 * directory with AT_SYMLINK_NOFOLLOW. */
#include <fcntl.h>
#include <unistd.h>

int lchown(const char *path, uid_t user, gid_t group)
{
    return fchownat(AT_FDCWD, path, user, group, AT_SYMLINK_NOFOLLOW);
}

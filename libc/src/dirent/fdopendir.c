/* fdopendir() (libc, dirent): a DIR over an open directory descriptor, which the DIR then owns
 * (closedir() closes it): EBADF when the descriptor is not open, ENOTDIR when it names no
 * directory. */
#include "dir_impl.h"
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>

DIR *fdopendir(int descriptor)
{
    struct stat status;
    if (fstat(descriptor, &status) < 0) {
        return NULL;
    }
    if (!S_ISDIR(status.st_mode)) {
        errno = ENOTDIR;
        return NULL;
    }
    return __koito_dir_new(descriptor);
}

/* fdopendir() (libc, dirent): a DIR over an open directory descriptor, which
 * the DIR then owns (closedir() closes it). */
#include "dir_impl.h"
#include <errno.h>
#include <stdlib.h>

DIR *fdopendir(int descriptor)
{
    if (descriptor < 0) {
        errno = EBADF;
        return NULL;
    }
    DIR *directory = malloc(sizeof *directory);
    if (directory != NULL) {
        directory->descriptor = descriptor;
    }
    return directory;
}

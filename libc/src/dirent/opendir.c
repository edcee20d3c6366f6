/* opendir() (libc, dirent): opens a directory for reading (through the
 * POSIX server). O_DIRECTORY makes sure it is one, so fdopendir()'s check is not needed. */
#include "dir_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

DIR *opendir(const char *path)
{
    int descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) {
        return NULL;
    }
    DIR *directory = __koito_dir_new(descriptor);
    if (directory == NULL) {
        int error = errno;
        close(descriptor);
        errno = error;
    }
    return directory;
}

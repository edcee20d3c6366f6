/* creat() (libc, fcntl): open(path, O_WRONLY | O_CREAT | O_TRUNC, mode). */
#include <fcntl.h>

int creat(const char *path, mode_t mode)
{
    return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

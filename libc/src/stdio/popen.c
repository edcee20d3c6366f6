/* popen() (libc, stdio): a pipe to a command needs a shell, posix_spawn and
 * the POSIX server; until they exist it fails with ENOSYS (after checking
 * the mode, which must be "r" or "w": EINVAL otherwise). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

FILE *popen(const char *command, const char *mode)
{
    (void)command;
    if (strcmp(mode, "r") != 0 && strcmp(mode, "w") != 0 && strcmp(mode, "re") != 0 &&
        strcmp(mode, "we") != 0) {
        errno = EINVAL;
        return NULL;
    }
    errno = ENOSYS;
    return NULL;
}

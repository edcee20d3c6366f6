/* system() (libc, stdlib). KOITO has no shell yet: system(NULL) says so by
 * returning 0, and any command fails with -1 and errno ENOSYS. */
#include <errno.h>
#include <stdlib.h>

int system(const char *command)
{
    if (command == NULL) {
        return 0;
    }
    errno = ENOSYS;
    return -1;
}

/* linkat() (libc, unistd): gives the file `existing` a second name, `path`, each relative to its
 * own directory descriptor, through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <unistd.h>

int linkat(int from_directory, const char *existing, int to_directory, const char *path, int flag)
{
    int result = __koito_sys_linkat(from_directory, existing, to_directory, path, flag);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

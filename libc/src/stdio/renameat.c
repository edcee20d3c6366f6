/* renameat() (libc, stdio): renames a file, each path relative to its own directory descriptor,
 * through the OS port (the POSIX server). */
#include "port.h"
#include <errno.h>
#include <stdio.h>

int renameat(int from_directory, const char *from, int to_directory, const char *to)
{
    int error = __koito_sys_renameat(from_directory, from, to_directory, to);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    return 0;
}

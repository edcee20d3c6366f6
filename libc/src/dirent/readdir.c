/* readdir() (libc, dirent): the next entry, or NULL at the end (errno
 * unchanged) or on error (errno set). The entry lives in the DIR until the
 * next call. */
#include "dir_impl.h"
#include "port.h"
#include <errno.h>
#include <stddef.h>

struct dirent *readdir(DIR *directory)
{
    int result = __koito_sys_readdir(directory->descriptor, &directory->entry);
    if (result < 0) {
        errno = -result;
        return NULL;
    }
    return result == 0 ? NULL : &directory->entry;
}

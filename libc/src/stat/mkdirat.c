/* mkdirat() (libc, stat): makes a directory relative to a directory descriptor, its mode masked
 * by umask(), through the OS port (the POSIX server). */
#include "file_mode.h"
#include "port.h"
#include <errno.h>
#include <sys/stat.h>

int mkdirat(int directory, const char *path, mode_t mode)
{
    unsigned mask = __atomic_load_n(&__koito_file_mode_mask, __ATOMIC_RELAXED);
    int result = __koito_sys_mkdirat(directory, path, mode & 07777 & ~mask);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

/* The standard input stream: line buffered, from descriptor 0 through the OS
 * port (libc, stdio core): the console at start, whatever the process's
 * creator or dup2 made descriptor 0 since. */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

static long descriptor_read(FILE *file, char *data, size_t length)
{
    (void)file;
    long got = __koito_sys_read(0, data, length);
    if (got < 0) {
        errno = (int)-got;
        return -1;
    }
    return got;
}

static char buffer[BUFSIZ];
static FILE file = {
    .read = descriptor_read,
    .descriptor = 0,
    .buffer = buffer,
    .capacity = sizeof buffer,
    .mode = _IOLBF,
    .flags = __KOITO_FILE_READ,
};

FILE *const stdin = &file;

/* The standard input stream: line buffered, from the console through the OS
 * port (libc, stdio core). */
#include "port.h"
#include "stdio_impl.h"
#include <errno.h>

static long console_read(FILE *file, char *data, size_t length)
{
    (void)file;
    long got = __koito_console_read(data, length);
    if (got < 0) {
        errno = (int)-got;
        return -1;
    }
    return got;
}

static char buffer[BUFSIZ];
static FILE file = {
    .read = console_read,
    .descriptor = 0,
    .buffer = buffer,
    .capacity = sizeof buffer,
    .mode = _IOLBF,
    .flags = __KOITO_FILE_READ,
};

FILE *const stdin = &file;

/* The standard error stream: line buffered, to descriptor 2 (libc, stdio core): the console at
 * start, whatever the process's creator or dup2 made descriptor 2 since. */
#include "port.h"
#include "stdio_impl.h"

static char buffer[BUFSIZ];
static FILE file = {
    .write = __koito_fd_write,
    .descriptor = 2,
    .buffer = buffer,
    .capacity = sizeof buffer,
    .mode = _IOLBF,
    .flags = __KOITO_FILE_WRITE,
};

FILE *const stderr = &file;

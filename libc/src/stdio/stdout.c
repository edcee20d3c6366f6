/* The standard output stream: line buffered, to descriptor 1 (libc, stdio core): the console at
 * start, whatever the process's creator or dup2 made descriptor 1 since. */
#include "port.h"
#include "stdio_impl.h"

static char buffer[BUFSIZ];
static FILE file = {
    .write = __koito_fd_write,
    .descriptor = 1,
    .buffer = buffer,
    .capacity = sizeof buffer,
    .mode = _IOLBF,
    .flags = __KOITO_FILE_WRITE,
};

FILE *const stdout = &file;

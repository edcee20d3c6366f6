/* The standard output stream: line buffered, to the console (libc, stdio core). */
#include "port.h"
#include "stdio_impl.h"

static char buffer[BUFSIZ];
static FILE file = {
    .write = __koito_console_write,
    .descriptor = 1,
    .buffer = buffer,
    .capacity = sizeof buffer,
    .mode = _IOLBF,
    .flags = __KOITO_FILE_WRITE,
};

FILE *const stdout = &file;

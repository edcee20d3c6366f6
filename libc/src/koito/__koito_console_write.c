/*
 * The write function of stdout and stderr (libc, OS port): the stream's descriptor through
 * __koito_console_output(); last words (file NULL) go to standard error.
 */
#include "port.h"
#include "stdio_impl.h"

size_t __koito_console_write(FILE *file, const char *data, size_t length)
{
    long written = __koito_console_output(file ? file->descriptor : 2, data, length);
    return written > 0 ? (size_t)written : 0;
}

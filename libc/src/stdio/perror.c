/* perror() (libc, stdio): "prefix: message\n" for the current errno on
 * stderr (just the message for a NULL or empty prefix). errno is kept. */
#include "stdio_impl.h"
#include <errno.h>
#include <string.h>

void perror(const char *prefix)
{
    int error = errno;
    const char *message = strerror(error);
    __koito_file_lock(stderr);
    if (prefix != NULL && *prefix != '\0') {
        __koito_file_write(stderr, prefix, strlen(prefix));
        __koito_file_write(stderr, ": ", 2);
    }
    __koito_file_write(stderr, message, strlen(message));
    __koito_file_write(stderr, "\n", 1);
    __koito_file_unlock(stderr);
    errno = error;
}

/* puts(): write a string and a newline to stdout, as one locked operation
 * so lines from different threads never mix (libc, stdio). */
#include "stdio_impl.h"
#include <string.h>

int puts(const char *string)
{
    size_t length = strlen(string);
    __koito_file_lock(stdout);
    int result = __koito_file_write(stdout, string, length) == length &&
                         __koito_file_write(stdout, "\n", 1) == 1
                     ? 0
                     : EOF;
    __koito_file_unlock(stdout);
    return result;
}

/* stpncpy(): strncpy() that returns the end of the copied string (libc,
 * string): the first NUL written, or destination + length. */
#include <string.h>

char *stpncpy(char *restrict destination, const char *restrict source, size_t length)
{
    size_t copied = strnlen(source, length);
    memcpy(destination, source, copied);
    memset(destination + copied, 0, length - copied);
    return destination + copied;
}

/* strncat(): append at most `length` bytes of a string, then a NUL (libc, string). */
#include <string.h>

char *strncat(char *restrict destination, const char *restrict source, size_t length)
{
    char *end = destination + strlen(destination);
    size_t copied = strnlen(source, length);
    memcpy(end, source, copied);
    end[copied] = '\0';
    return destination;
}

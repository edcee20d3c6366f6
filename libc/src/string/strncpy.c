/*
 * strncpy(): copy at most `length` bytes of a string and fill the rest of the
 * `length` bytes with NULs; no terminator if the source is that long (libc,
 * string).
 */
#include <string.h>

char *strncpy(char *restrict destination, const char *restrict source, size_t length)
{
    size_t i = 0;
    for (; i < length && source[i] != '\0'; i++) {
        destination[i] = source[i];
    }
    for (; i < length; i++) {
        destination[i] = '\0';
    }
    return destination;
}

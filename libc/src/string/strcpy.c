/* strcpy(): copy a string with its terminator (libc, string). */
#include <string.h>

char *strcpy(char *restrict destination, const char *restrict source)
{
    size_t i = 0;
    do {
        destination[i] = source[i];
    } while (source[i++] != '\0');
    return destination;
}

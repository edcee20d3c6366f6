/* stpcpy(): copy a string and return a pointer to its new terminator (libc, string). */
#include <string.h>

char *stpcpy(char *restrict destination, const char *restrict source)
{
    size_t length = strlen(source);
    memcpy(destination, source, length + 1);
    return destination + length;
}

/* memcpy(): copy bytes between objects that do not overlap (libc, string). */
#include <string.h>

void *memcpy(void *restrict destination, const void *restrict source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    for (size_t i = 0; i < length; i++) {
        d[i] = s[i];
    }
    return destination;
}

/* memccpy(): copy bytes up to and including the first `byte` (libc, string);
 * returns the byte after the copied `byte`, or NULL if it did not occur. */
#include <string.h>

void *memccpy(void *restrict destination, const void *restrict source, int byte, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    for (size_t i = 0; i < length; i++) {
        d[i] = s[i];
        if (s[i] == (unsigned char)byte) {
            return d + i + 1;
        }
    }
    return NULL;
}

/* memmove(): copy bytes between objects that may overlap (libc, string). */
#include <stdint.h>
#include <string.h>

void *memmove(void *destination, const void *source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    /* Copy backwards when the destination starts inside the source. */
    if ((uintptr_t)d - (uintptr_t)s < length) {
        for (size_t i = length; i-- > 0;) {
            d[i] = s[i];
        }
    } else {
        for (size_t i = 0; i < length; i++) {
            d[i] = s[i];
        }
    }
    return destination;
}

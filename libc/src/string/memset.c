/* memset(): fill bytes with a value (libc, string). */
#include <string.h>

void *memset(void *destination, int byte, size_t length)
{
    unsigned char *d = destination;
    for (size_t i = 0; i < length; i++) {
        d[i] = (unsigned char)byte;
    }
    return destination;
}

/* memchr(): find the first occurrence of a byte (libc, string). */
#include <string.h>

void *memchr(const void *memory, int byte, size_t length)
{
    const unsigned char *m = memory;
    for (size_t i = 0; i < length; i++) {
        if (m[i] == (unsigned char)byte) {
            return (void *)(m + i);
        }
    }
    return NULL;
}

/*
 * The memory functions the compiler may call on its own (for struct copies,
 * large initialisers and the __builtin_mem* calls of the shared a9n/lib code).
 *
 * Layer: UEFI boot loader runtime; there is no C library under the loader.
 * Byte loops are enough for the few kilobytes the loader copies this way;
 * file contents are read straight into place by the firmware. -ffreestanding
 * keeps the compiler from turning these loops back into calls to themselves.
 */
#include <stddef.h>

void *memcpy(void *restrict destination, const void *restrict source, size_t size)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    for (size_t i = 0; i < size; i++) {
        d[i] = s[i];
    }
    return destination;
}

void *memmove(void *destination, const void *source, size_t size)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    if (d < s) {
        for (size_t i = 0; i < size; i++) {
            d[i] = s[i];
        }
    } else {
        for (size_t i = size; i > 0; i--) {
            d[i - 1] = s[i - 1];
        }
    }
    return destination;
}

void *memset(void *destination, int value, size_t size)
{
    unsigned char *d = destination;
    for (size_t i = 0; i < size; i++) {
        d[i] = (unsigned char)value;
    }
    return destination;
}

int memcmp(const void *a, const void *b, size_t size)
{
    const unsigned char *x = a;
    const unsigned char *y = b;
    for (size_t i = 0; i < size; i++) {
        if (x[i] != y[i]) {
            return x[i] < y[i] ? -1 : 1;
        }
    }
    return 0;
}

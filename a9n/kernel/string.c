/*
 * The memory functions the compiler and the shared libraries may call
 * (portable core). The kernel has no libc; these are all it needs.
 */
#include <hal/memory.h>
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict destination, const void *restrict source, size_t length)
{
    uint8_t *d = destination;
    const uint8_t *s = source;
    /* Whole words when both sides are aligned alike: IPC buffers, pages and
     * kernel objects are, and long messages are copied through here. */
    if ((((uintptr_t)d ^ (uintptr_t)s) & 7) == 0) {
        while (length && ((uintptr_t)d & 7)) {
            *d++ = *s++;
            length--;
        }
        size_t words = length / 8;
        hal_arch_copy_words((uint64_t *)(void *)d, (const uint64_t *)(const void *)s, words);
        d += words * 8;
        s += words * 8;
        length -= words * 8;
    }
    while (length--)
        *d++ = *s++;
    return destination;
}

void *memmove(void *destination, const void *source, size_t length)
{
    uint8_t *d = destination;
    const uint8_t *s = source;
    if (d < s) {
        while (length--)
            *d++ = *s++;
    } else {
        while (length--)
            d[length] = s[length];
    }
    return destination;
}

void *memset(void *destination, int value, size_t length)
{
    uint8_t *d = destination;
    /* Whole words where aligned: converting objects zeroes a lot of memory. */
    uint64_t pattern = UINT64_C(0x0101010101010101) * (uint8_t)value;
    while (length && ((uintptr_t)d & 7)) {
        *d++ = (uint8_t)value;
        length--;
    }
    size_t words = length / 8;
    hal_arch_fill_words((uint64_t *)(void *)d, pattern, words);
    d += words * 8;
    length -= words * 8;
    while (length--)
        *d++ = (uint8_t)value;
    return destination;
}

int memcmp(const void *left, const void *right, size_t length)
{
    const uint8_t *a = left;
    const uint8_t *b = right;
    for (size_t i = 0; i < length; i++) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

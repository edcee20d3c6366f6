/*
 * memmove(): copy bytes between objects that may overlap (libc, string).
 *
 * Objects that do not overlap are memcpy's. Overlapping ones are copied a word at a time, away
 * from the overlap: forwards when the destination starts before the source, backwards when it
 * starts inside it. Each word is loaded whole before it is stored, and every byte a store
 * clobbers was loaded already, so the copy is exact at any distance. The loops stay scalar: a
 * vectorized copy with its alias checks took a quarter of a small program's text.
 */
#include <stdint.h>
#include <string.h>

static void copy_forwards(unsigned char *d, const unsigned char *s, size_t length)
{
    size_t i = 0;
#pragma clang loop vectorize(disable) interleave(disable)
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        __builtin_memcpy(&word, s + i, 8);
        __builtin_memcpy(d + i, &word, 8);
    }
#pragma clang loop vectorize(disable) interleave(disable)
    for (; i < length; i++)
        d[i] = s[i];
}

static void copy_backwards(unsigned char *d, const unsigned char *s, size_t length)
{
    size_t i = length;
#pragma clang loop vectorize(disable) interleave(disable)
    for (; i >= 8; i -= 8) {
        uint64_t word;
        __builtin_memcpy(&word, s + i - 8, 8);
        __builtin_memcpy(d + i - 8, &word, 8);
    }
#pragma clang loop vectorize(disable) interleave(disable)
    while (i-- > 0)
        d[i] = s[i];
}

void *memmove(void *destination, const void *source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    uintptr_t ahead = (uintptr_t)d - (uintptr_t)s;  /* below length: d starts inside the source */
    uintptr_t behind = (uintptr_t)s - (uintptr_t)d; /* below length: s starts inside d */
    if (ahead >= length && behind >= length)
        return memcpy(destination, source, length);
    if (ahead < length)
        copy_backwards(d, s, length);
    else
        copy_forwards(d, s, length);
    return destination;
}

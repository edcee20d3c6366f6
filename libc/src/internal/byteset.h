/*
 * A set of bytes as a 256-bit map (libc, internal header of string), built
 * once per call by strspn, strcspn, strpbrk and strtok, so their scans test
 * each byte in constant time instead of walking the set string.
 */
#ifndef KOITO_LIBC_INTERNAL_BYTESET_H
#define KOITO_LIBC_INTERNAL_BYTESET_H

#include <stddef.h>

struct __koito_byteset {
    size_t bits[256 / (8 * sizeof(size_t))];
};

#define __KOITO_BYTESET_WORD (8 * sizeof(size_t))

/* Fills `set` with the bytes of `members` (the terminating NUL included, so
 * a scan for members also stops at the end of the string). */
static inline void __koito_byteset_make(struct __koito_byteset *set, const char *members)
{
    for (size_t i = 0; i < sizeof set->bits / sizeof set->bits[0]; i++) {
        set->bits[i] = 0;
    }
    set->bits[0] = 1;
    for (const unsigned char *m = (const unsigned char *)members; *m != '\0'; m++) {
        set->bits[*m / __KOITO_BYTESET_WORD] |= (size_t)1 << (*m % __KOITO_BYTESET_WORD);
    }
}

static inline int __koito_byteset_has(const struct __koito_byteset *set, unsigned char byte)
{
    return (set->bits[byte / __KOITO_BYTESET_WORD] >> (byte % __KOITO_BYTESET_WORD)) & 1;
}

#endif

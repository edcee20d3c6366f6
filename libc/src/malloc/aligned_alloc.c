/*
 * aligned_alloc() (libc, malloc). Alignments up to 16 are what malloc gives
 * anyway. A larger one over-allocates by the alignment and returns the first
 * aligned address inside, preceded by an ALIGNED header that leads free()
 * back to the real block. The alignment must be a power of two (EINVAL).
 */
#include "malloc_impl.h"
#include <errno.h>
#include <stdlib.h>

void *aligned_alloc(size_t alignment, size_t size)
{
    if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= __KOITO_MALLOC_HEADER) {
        return malloc(size);
    }
    size_t padded;
    if (__builtin_add_overflow(size, alignment, &padded)) {
        errno = ENOMEM;
        return NULL;
    }
    char *block = malloc(padded);
    if (block == NULL) {
        return NULL;
    }
    uintptr_t address = ((uintptr_t)block + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (address == (uintptr_t)block) {
        return block;
    }
    /* Both are 16-byte aligned and differ, so the header fits in between. */
    struct __koito_chunk *header = (struct __koito_chunk *)address - 1;
    header->magic = __KOITO_MALLOC_ALIGNED;
    header->class_index = 0;
    header->offset = address - (uintptr_t)block;
    return (void *)address;
}

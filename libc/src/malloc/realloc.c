/*
 * realloc() (libc, malloc). A block that still fits stays where it is
 * unless it would then waste more than half of itself; otherwise the
 * contents move to a new block. On failure the old block is untouched.
 * realloc(p, 0) frees p and returns a new minimal block (as malloc(0) does),
 * the choice musl makes; glibc returns NULL instead.
 */
#include "malloc_impl.h"
#include <stdlib.h>
#include <string.h>

void *realloc(void *pointer, size_t size)
{
    if (pointer == NULL) {
        return malloc(size);
    }
    size_t usable = __koito_malloc_usable(pointer);
    if (size <= usable && size >= usable / 2) {
        return pointer;
    }
    void *moved = malloc(size);
    if (moved == NULL) {
        return NULL;
    }
    memcpy(moved, pointer, size < usable ? size : usable);
    free(pointer);
    return moved;
}

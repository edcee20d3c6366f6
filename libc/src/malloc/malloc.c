/*
 * malloc() (libc, malloc). The fast path pops a chunk from the calling
 * thread's bin for the request's class: no lock, no call. Everything else
 * goes to __koito_malloc_slow().
 */
#include "malloc_impl.h"
#include <stdlib.h>

void *malloc(size_t size)
{
    /* size - 1 wraps for 0, which the slow path treats as 1. */
    if (__builtin_expect(size - 1 < __KOITO_MALLOC_FAST_MAX, 1)) {
        unsigned class_index = (unsigned)((size + 15) >> 4) - 1;
        struct __koito_malloc_bin *bin = &__koito_malloc_cache.bins[class_index];
        struct __koito_chunk *chunk = bin->head;
        if (__builtin_expect(chunk != NULL, 1)) {
            bin->head = chunk->next;
            bin->count--;
            chunk->magic = __KOITO_MALLOC_USED;
            return chunk + 1;
        }
    }
    return __koito_malloc_slow(size);
}

/*
 * free() (libc, malloc). The fast path pushes a small block onto the calling
 * thread's bin for its class while the bin is below its limit; anything else
 * (a full bin, a large or over-aligned block, a bad pointer) goes to
 * __koito_free_slow().
 */
#include "malloc_impl.h"
#include <stdlib.h>

void free(void *pointer)
{
    if (pointer == NULL) {
        return;
    }
    struct __koito_chunk *chunk = (struct __koito_chunk *)pointer - 1;
    if (__builtin_expect(chunk->magic == __KOITO_MALLOC_USED &&
                             chunk->class_index < __KOITO_MALLOC_CLASSES,
                         1)) {
        struct __koito_malloc_bin *bin = &__koito_malloc_cache.bins[chunk->class_index];
        if (__builtin_expect(bin->count < bin->limit, 1)) {
            chunk->magic = __KOITO_MALLOC_FREE;
            chunk->next = bin->head;
            bin->head = chunk;
            bin->count++;
            return;
        }
    }
    __koito_free_slow(chunk);
}

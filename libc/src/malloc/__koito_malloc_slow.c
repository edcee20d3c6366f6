/*
 * The slow path of malloc() (libc, malloc): sizes outside the fast range,
 * and bins that ran empty. An empty bin refills a batch from the central
 * list of its class, so the next calls take the fast path again.
 */
#include "malloc_impl.h"
#include <errno.h>
#include <stdint.h>

/* Chunks fetched per refill: about 16 KiB worth, between 4 and 64. */
static unsigned batch_of(size_t chunk_size)
{
    size_t count = 16384 / chunk_size;
    return count < 4 ? 4 : count > 64 ? 64 : (unsigned)count;
}

void *__koito_malloc_slow(size_t size)
{
    if (size == 0) {
        size = 1;
    }
    if (size > PTRDIFF_MAX - __KOITO_MALLOC_PAGE) {
        errno = ENOMEM;
        return NULL;
    }
    size_t chunk_bytes = size + __KOITO_MALLOC_HEADER;
    if (chunk_bytes > __KOITO_MALLOC_SMALL_MAX) {
        return __koito_malloc_large(size);
    }
    unsigned class_index = __koito_malloc_class_of(chunk_bytes);
    struct __koito_malloc_bin *bin = &__koito_malloc_cache.bins[class_index];
    if (bin->head == NULL &&
        __koito_malloc_central_take(class_index, bin,
                                    batch_of(__koito_malloc_class_size(class_index))) == 0) {
        errno = ENOMEM;
        return NULL;
    }
    struct __koito_chunk *chunk = bin->head;
    bin->head = chunk->next;
    bin->count--;
    chunk->magic = __KOITO_MALLOC_USED;
    return chunk + 1;
}

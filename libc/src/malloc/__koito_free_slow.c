/*
 * The slow path of free() (libc, malloc): large blocks go back to the OS
 * port, over-aligned blocks to the block they were cut from, and a small
 * block whose bin is full first gives half the bin back to the central list.
 * Anything else is a pointer malloc did not give, or gave and took back.
 */
#include "malloc_impl.h"
#include "port.h"
#include <stdlib.h>

/* Chunks a thread may cache per class: about 64 KiB worth, 8 to 256. */
static uint32_t limit_of(size_t chunk_size)
{
    size_t count = 65536 / chunk_size;
    return count < 8 ? 8 : count > 256 ? 256 : (uint32_t)count;
}

void __koito_free_slow(struct __koito_chunk *chunk)
{
    switch (chunk->magic) {
    case __KOITO_MALLOC_LARGE:
        chunk->magic = __KOITO_MALLOC_FREE;
        __atomic_fetch_sub(&__koito_malloc_large_count, 1, __ATOMIC_RELAXED);
        __atomic_fetch_sub(&__koito_malloc_large_bytes, chunk->size, __ATOMIC_RELAXED);
        __koito_pages_unmap(chunk, chunk->size);
        return;
    case __KOITO_MALLOC_ALIGNED:
        chunk->magic = __KOITO_MALLOC_FREE;
        free((char *)(chunk + 1) - chunk->offset);
        return;
    case __KOITO_MALLOC_FREE:
        __koito_malloc_abort("double free", chunk + 1);
    case __KOITO_MALLOC_USED:
        if (chunk->class_index < __KOITO_MALLOC_CLASSES) {
            break;
        }
        /* fall through: a corrupted header */
    default:
        __koito_malloc_abort("free() of a pointer malloc did not give", chunk + 1);
    }

    unsigned class_index = chunk->class_index;
    struct __koito_malloc_bin *bin = &__koito_malloc_cache.bins[class_index];
    if (bin->limit == 0) {
        bin->limit = limit_of(__koito_malloc_class_size(class_index));
    }
    if (bin->count >= bin->limit) {
        __koito_malloc_central_give(class_index, bin, bin->count / 2);
    }
    chunk->magic = __KOITO_MALLOC_FREE;
    chunk->next = bin->head;
    bin->head = chunk;
    bin->count++;
}

/*
 * Large blocks (libc, malloc): a request whose chunk would exceed the
 * largest class gets its own pages, header included, and free() returns
 * them to the OS port at once.
 */
#include "malloc_impl.h"
#include "port.h"
#include <errno.h>

size_t __koito_malloc_large_count;
size_t __koito_malloc_large_bytes;

void *__koito_malloc_large(size_t size)
{
    size_t bytes = (size + __KOITO_MALLOC_HEADER + __KOITO_MALLOC_PAGE - 1) &
                   ~(size_t)(__KOITO_MALLOC_PAGE - 1);
    struct __koito_chunk *chunk = __koito_pages_map(bytes);
    if (chunk == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    chunk->magic = __KOITO_MALLOC_LARGE;
    chunk->class_index = 0;
    chunk->size = bytes;
    __atomic_fetch_add(&__koito_malloc_large_count, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&__koito_malloc_large_bytes, bytes, __ATOMIC_RELAXED);
    return chunk + 1;
}

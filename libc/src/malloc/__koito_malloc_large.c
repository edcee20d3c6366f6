/*
 * Large blocks (libc, malloc): a request whose chunk would exceed the
 * largest class gets its own pages, header included, and free() returns
 * them to the OS port at once.
 */
#include "malloc_impl.h"
#include "port.h"
#include <errno.h>

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
    return chunk + 1;
}

/* The usable size of a live block, from its header (libc, malloc). */
#include "malloc_impl.h"

size_t __koito_malloc_usable(const void *pointer)
{
    const struct __koito_chunk *chunk = (const struct __koito_chunk *)pointer - 1;
    switch (chunk->magic) {
    case __KOITO_MALLOC_USED:
        if (chunk->class_index >= __KOITO_MALLOC_CLASSES) {
            break;
        }
        return __koito_malloc_class_size(chunk->class_index) - __KOITO_MALLOC_HEADER;
    case __KOITO_MALLOC_LARGE:
        return chunk->size - __KOITO_MALLOC_HEADER;
    case __KOITO_MALLOC_ALIGNED:
        return __koito_malloc_usable((const char *)pointer - chunk->offset) - chunk->offset;
    case __KOITO_MALLOC_FREE:
        __koito_malloc_abort("use of a freed block", pointer);
    default:
        break;
    }
    __koito_malloc_abort("a pointer malloc did not give", pointer);
}

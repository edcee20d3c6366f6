/* malloc_usable_size() (libc, malloc): bytes the block can really hold. */
#include "malloc_impl.h"
#include <malloc.h>

size_t malloc_usable_size(void *pointer)
{
    return pointer == NULL ? 0 : __koito_malloc_usable(pointer);
}

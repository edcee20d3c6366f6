/*
 * Returning the allocator's pages to the process's ULMM session (libc, OS port). The allocator
 * gives back only what __koito_pages_map() gave, so ULMM's refusal would be a bug in the
 * allocator; the pages are then simply kept.
 */
#include "port.h"

void __koito_pages_unmap(void *pages, size_t bytes)
{
    (void)__koito_memory_unmap(pages, bytes);
}

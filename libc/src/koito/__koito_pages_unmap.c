/*
 * Returning the allocator's pages (libc, OS port). Interim version: since
 * __koito_pages_map() gives no pages yet, there is nothing to return.
 */
#include "port.h"

void __koito_pages_unmap(void *pages, size_t bytes)
{
    (void)pages;
    (void)bytes;
}

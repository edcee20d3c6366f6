/*
 * Returning the C library allocator's pages to the process's ULMM session
 * (libc, OS port; kept in ulmm/libc-port/ until it joins libc/src/koito/).
 * The allocator gives back only what __koito_pages_map() gave, so ULMM's
 * refusal would be a bug in the allocator; the pages are then simply kept.
 */
#include "port.h"

#include <ulmm/pages.h>

extern a9n_descriptor_t __koito_memory_session __KOITO_HIDDEN;

void __koito_pages_unmap(void *pages, size_t bytes)
{
    if (__koito_memory_session != 0)
        ulmm_pages_unmap(__koito_memory_session, pages, bytes);
}

/*
 * Giving back a range of anonymous memory (libc, OS port): ULMMI unmap requests; ULMM frees the
 * pages and the charge returns to the session's quota.
 *
 * ULMM removes a range only when regions cover it whole and answers not_mapped for a range with
 * a hole, while POSIX's munmap removes whatever mappings the range holds and has no effect where
 * there are none. So a range ULMM refuses for a hole is split in halves (at a page boundary),
 * each unmapped the same way, and a single page with nothing mapped is no error: a range with h
 * holes costs O(h log n) requests, a range that is all mapped one.
 */
#include "port.h"

#include <limits.h>
#include <ulmm/pages.h>

static uint64_t memory_unmap_present(uintptr_t address, size_t bytes)
{
    uint64_t error = ulmm_pages_unmap(__koito_memory_session, (void *)address, bytes);
    if (error != ULMM_PAGES_ERROR_NOT_MAPPED)
        return error;
    if (bytes <= PAGE_SIZE)
        return 0; /* nothing mapped there */
    size_t half = (bytes / 2) & ~(size_t)(PAGE_SIZE - 1);
    error = memory_unmap_present(address, half);
    return error != 0 ? error : memory_unmap_present(address + half, bytes - half);
}

int __koito_memory_unmap(void *address, size_t bytes)
{
    return __koito_memory_error(memory_unmap_present((uintptr_t)address, bytes));
}

/*
 * Anonymous memory for mmap() and the allocator (libc, OS port): one ULMMI request through the
 * process's session. Backed eagerly, so running out of quota is ENOMEM now, never a fault at the
 * first touch; no access at all (PROT_NONE) only reserves the range.
 */
#include "port.h"

#include <sys/mman.h>
#include <ulmm/pages.h>

int __koito_memory_map(void *address, size_t bytes, int protection, int fixed, void **start)
{
    uint64_t flags = fixed ? ULMM_PAGES_FIXED : 0;
    uint64_t where = 0, error;
    if (protection == PROT_NONE)
        error = ulmm_pages_reserve(__koito_memory_session, (uint64_t)(uintptr_t)address, bytes,
                                   flags, &where);
    else
        error =
            ulmm_pages_map_at(__koito_memory_session, (uint64_t)(uintptr_t)address, bytes,
                              __koito_memory_prot(protection), flags | ULMM_PAGES_EAGER, &where);
    if (error == 0)
        *start = (void *)(uintptr_t)where;
    return __koito_memory_error(error);
}

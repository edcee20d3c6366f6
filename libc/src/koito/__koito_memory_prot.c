/*
 * <sys/mman.h>'s protection as ULMMI's (libc, OS port): every mapped page can be read, so any
 * access asked for includes reading.
 */
#include "port.h"

#include <sys/mman.h>
#include <ulmm/pages.h>

uint64_t __koito_memory_prot(int protection)
{
    return ULMM_PAGES_READ | (protection & PROT_WRITE ? ULMM_PAGES_WRITE : 0) |
           (protection & PROT_EXEC ? ULMM_PAGES_EXECUTE : 0);
}

/*
 * Pages for the allocator (libc, OS port): zeroed read-write memory from the process's ULMM
 * session, anywhere; NULL when the quota is spent (malloc() then fails with ENOMEM).
 */
#include "port.h"

#include <sys/mman.h>

void *__koito_pages_map(size_t bytes)
{
    void *start = NULL;
    if (__koito_memory_map(NULL, bytes, PROT_READ | PROT_WRITE, 0, &start) != 0)
        return NULL;
    return start;
}

/*
 * Pages for the allocator (libc, OS port). Interim version: memory will come
 * from the process's ULMM session; until that client exists no program has
 * pages to give, so malloc() reports ENOMEM for every request.
 */
#include "port.h"

void *__koito_pages_map(size_t bytes)
{
    (void)bytes;
    return NULL;
}

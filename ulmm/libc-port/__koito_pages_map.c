/*
 * Pages for the C library's allocator, from the process's ULMM session
 * (libc, OS port; kept in ulmm/libc-port/ until it joins libc/src/koito/).
 *
 * Backed eagerly: when the session's quota is spent the answer is NULL and
 * malloc() fails with ENOMEM, instead of a fault at the first touch.
 */
#include "port.h"

#include <ulmm/pages.h>

extern a9n_descriptor_t __koito_memory_session __KOITO_HIDDEN;

void *__koito_pages_map(size_t bytes)
{
    if (__koito_memory_session == 0)
        return NULL;
    return ulmm_pages_map(__koito_memory_session, bytes);
}

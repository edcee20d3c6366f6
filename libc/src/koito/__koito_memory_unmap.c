/*
 * Giving back a range of anonymous memory (libc, OS port): one ULMMI request; ULMM frees its pages
 * and the charge returns to the session's quota.
 */
#include "port.h"

#include <ulmm/pages.h>

int __koito_memory_unmap(void *address, size_t bytes)
{
    return __koito_memory_error(ulmm_pages_unmap(__koito_memory_session, address, bytes));
}

/*
 * Changing the protection of mapped pages (libc, OS port): one ULMMI request; ULMM refuses
 * writable and executable at once (W^X: EACCES). No access at all is not a protection ULMM keeps
 * for a mapped page (ENOTSUP).
 */
#include "port.h"

#include <errno.h>
#include <sys/mman.h>
#include <ulmm/pages.h>

int __koito_memory_protect(void *address, size_t bytes, int protection)
{
    if (protection == PROT_NONE)
        return -ENOTSUP;
    return __koito_memory_error(ulmm_pages_protect(__koito_memory_session, address, bytes,
                                                   __koito_memory_prot(protection)));
}

/*
 * ULMMI's answers as errno values (libc, OS port): the one place the memory functions' errors are
 * decided (<ulmm/pages.h> names the ULMMI errors a C library tells apart).
 */
#include "port.h"

#include <errno.h>
#include <ulmm/pages.h>

int __koito_memory_error(uint64_t error)
{
    switch (error) {
    case 0:
        return 0;
    case ULMM_PAGES_ERROR_OUT_OF_QUOTA:
    case ULMM_PAGES_ERROR_OUT_OF_MEMORY:
    case ULMM_PAGES_ERROR_NOT_MAPPED:
    case ULMM_PAGES_ERROR_OVERLAP:
        return -ENOMEM;
    case ULMM_PAGES_ERROR_WRITE_EXECUTE:
    case ULMM_PAGES_ERROR_PINNED:
        return -EACCES;
    case ULMM_PAGES_ERROR_INVALID_ARGUMENT:
    case ULMM_PAGES_ERROR_NOT_OWNED:
        return -EINVAL;
    default:
        return -ENOMEM; /* no session, or ULMM refused for its own reasons: no memory either way */
    }
}

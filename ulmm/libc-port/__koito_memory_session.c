/*
 * The process's ULMM session, for the C library's page functions (libc, OS
 * port; kept in ulmm/libc-port/ until it joins libc/src/koito/).
 *
 * The start-up code sets it from the process's initial capabilities (the
 * session's slot, <koito/process.h>'s KOITO_SLOT_MEMORY); 0, its value until
 * then, is a descriptor the kernel refuses, so the allocator gets no pages
 * and malloc() fails with ENOMEM instead of touching anything.
 */
#include "port.h"

#include <a9n/a9n.h>

__KOITO_HIDDEN a9n_descriptor_t __koito_memory_session;

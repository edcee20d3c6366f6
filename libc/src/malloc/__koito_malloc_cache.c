/* Each thread's cache of free chunks (libc, malloc); zero-initialised, so a
 * new thread starts with empty bins and nothing to set up. */
#include "malloc_impl.h"

_Thread_local struct __koito_malloc_cache __koito_malloc_cache;

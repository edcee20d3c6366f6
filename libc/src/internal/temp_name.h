/*
 * Unique names for mkstemp() and mkdtemp() (libc, internal header).
 */
#ifndef KOITO_LIBC_INTERNAL_TEMP_NAME_H
#define KOITO_LIBC_INTERNAL_TEMP_NAME_H

#include "libc.h"

/* The number of names a caller tries before it gives up with EEXIST. */
#define __KOITO_TEMP_NAME_ATTEMPTS 1000

/* Replaces the "XXXXXX" that must end `template` with a name drawn from a
 * process-wide sequence (never the same twice in one process, different
 * across processes that start from different clocks or stacks). Returns 0,
 * or -1 with errno EINVAL (and `template` unchanged) when it does not end
 * in "XXXXXX". */
__KOITO_HIDDEN int __koito_temp_name(char *template);

#endif

/* Program termination internals shared by exit() and atexit() (libc, internal header). */
#ifndef KOITO_LIBC_INTERNAL_EXIT_H
#define KOITO_LIBC_INTERNAL_EXIT_H

#include "libc.h"

/* Runs and forgets the atexit() handlers, last registered first. */
__KOITO_HIDDEN void __koito_atexit_run(void);

#endif

/* Program termination internals shared by exit(), quick_exit() and their
 * handler lists (libc, internal header). */
#ifndef KOITO_LIBC_INTERNAL_EXIT_H
#define KOITO_LIBC_INTERNAL_EXIT_H

#include "libc.h"

/* Runs and forgets the atexit() handlers, last registered first. */
__KOITO_HIDDEN void __koito_atexit_run(void);
/* Runs and forgets the at_quick_exit() handlers, last registered first. */
__KOITO_HIDDEN void __koito_at_quick_exit_run(void);
/* Flushes and closes every open stream; exit() calls it last. */
__KOITO_HIDDEN void __koito_stdio_exit(void);

#endif

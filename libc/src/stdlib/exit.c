/*
 * exit(): end the program in order (libc, stdlib): atexit handlers (last
 * first), then destructors, then flush and close every stream, then _Exit().
 */
#include "exit.h"
#include <stdio.h>
#include <stdlib.h>

/* Bounds of the destructor list, defined by the SDK's koito.ld. */
extern void (*const __koito_fini_array_start[])(void) __KOITO_HIDDEN;
extern void (*const __koito_fini_array_end[])(void) __KOITO_HIDDEN;

_Noreturn void exit(int status)
{
    __koito_exit_handlers_run(&__koito_atexit_handlers);
    for (size_t i = (size_t)(__koito_fini_array_end - __koito_fini_array_start); i-- > 0;) {
        __koito_fini_array_start[i]();
    }
    __koito_stdio_exit();
    _Exit(status);
}

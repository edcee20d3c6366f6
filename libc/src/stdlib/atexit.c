/*
 * atexit() and the handler table exit() runs (libc, stdlib).
 *
 * C guarantees room for at least 32 handlers; the table is static because
 * there is no heap yet.
 */
#include "exit.h"
#include <stdlib.h>

#define HANDLERS_MAX 32

static void (*handlers[HANDLERS_MAX])(void);
static size_t handler_count;

int atexit(void (*handler)(void))
{
    if (handler_count == HANDLERS_MAX) {
        return -1;
    }
    handlers[handler_count++] = handler;
    return 0;
}

void __koito_atexit_run(void)
{
    /* Last registered, first run; a handler may register another. */
    while (handler_count > 0) {
        handlers[--handler_count]();
    }
}

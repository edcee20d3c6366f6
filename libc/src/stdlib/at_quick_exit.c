/*
 * at_quick_exit() and the handler table quick_exit() runs (libc, stdlib).
 *
 * C guarantees room for at least 32 handlers; the table is static so that
 * registering never allocates and never fails below that count. A lock keeps
 * concurrent registrations apart; it is released around each handler, so a
 * handler may register another, which then runs next.
 */
#include "exit.h"
#include "lock.h"
#include <limits.h>
#include <stdlib.h>

static void (*handlers[ATEXIT_MAX])(void);
static size_t handler_count;
static struct __koito_lock lock;

int at_quick_exit(void (*handler)(void))
{
    int result = -1;
    __koito_lock_take(&lock);
    if (handler_count < ATEXIT_MAX) {
        handlers[handler_count++] = handler;
        result = 0;
    }
    __koito_lock_release(&lock);
    return result;
}

void __koito_at_quick_exit_run(void)
{
    __koito_lock_take(&lock);
    while (handler_count > 0) {
        void (*handler)(void) = handlers[--handler_count];
        __koito_lock_release(&lock);
        handler();
        __koito_lock_take(&lock);
    }
    __koito_lock_release(&lock);
}

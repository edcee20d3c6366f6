/* Program termination internals shared by exit(), quick_exit() and their
 * handler lists (libc, internal header). */
#ifndef KOITO_LIBC_INTERNAL_EXIT_H
#define KOITO_LIBC_INTERNAL_EXIT_H

#include "libc.h"
#include "lock.h"
#include <limits.h>
#include <stddef.h>

/*
 * A list of handlers to run at the end of the program: atexit()'s for exit(),
 * at_quick_exit()'s for quick_exit(). C guarantees room for at least 32; the
 * table is static so that registering never allocates and never fails below
 * that count. The lock keeps concurrent registrations apart; it is released
 * around each handler, so a handler may register another, which then runs
 * next.
 */
struct __koito_exit_handlers {
    void (*handler[ATEXIT_MAX])(void);
    size_t count;
    struct __koito_lock lock;
};

__KOITO_HIDDEN extern struct __koito_exit_handlers __koito_atexit_handlers;
__KOITO_HIDDEN extern struct __koito_exit_handlers __koito_at_quick_exit_handlers;

/* Registers `handler`; 0, or -1 when the list is full. */
static inline int __koito_exit_handlers_add(struct __koito_exit_handlers *list,
                                            void (*handler)(void))
{
    int result = -1;
    __koito_lock_take(&list->lock);
    if (list->count < ATEXIT_MAX) {
        list->handler[list->count++] = handler;
        result = 0;
    }
    __koito_lock_release(&list->lock);
    return result;
}

/* Runs and forgets the handlers, last registered first. */
static inline void __koito_exit_handlers_run(struct __koito_exit_handlers *list)
{
    __koito_lock_take(&list->lock);
    while (list->count > 0) {
        void (*handler)(void) = list->handler[--list->count];
        __koito_lock_release(&list->lock);
        handler();
        __koito_lock_take(&list->lock);
    }
    __koito_lock_release(&list->lock);
}

/* Flushes and closes every open stream; exit() calls it last. */
__KOITO_HIDDEN void __koito_stdio_exit(void);

#endif

/*
 * Whether the main thread is inside a server call (libc, internal header of the OS port).
 *
 * The signal thread runs a handler on the main thread by suspending it and changing its
 * registers (src/koito/__koito_signal_thread.c). Suspending a thread cancels the IPC it waits
 * in, which would lose a server's reply, so the main thread marks every server call
 * (koito_protocol_call) in one word, and the two threads agree with compare-and-swap:
 *  1. the main thread enters a call by swapping IDLE for BUSY, and leaves it by storing IDLE;
 *  2. the signal thread delivers only after swapping IDLE for CLAIMED; it then suspends the main
 *     thread, builds the handler's frame, stores IDLE and resumes it;
 *  3. a main thread that finds CLAIMED waits (yields) until the signal thread is done: it will be
 *     suspended before it could start the call. A signal thread that finds BUSY tries again soon.
 * Other threads call freely: their IPC buffer is not the main thread's.
 */
#ifndef KOITO_LIBC_INTERNAL_SIGNAL_CALL_H
#define KOITO_LIBC_INTERNAL_SIGNAL_CALL_H

#include "libc.h"
#include <koito/boot.h>
#include <stdint.h>

#define __KOITO_CALL_IDLE    0
#define __KOITO_CALL_BUSY    1
#define __KOITO_CALL_CLAIMED 2

/* The main thread's IPC buffer (set by __koito_start) and its call state. */
extern uint64_t *__koito_signal_main_buffer __KOITO_HIDDEN;
extern int __koito_signal_main_call __KOITO_HIDDEN;

/* Step 3: yield until the signal thread has let go, then enter the call. */
__KOITO_HIDDEN __attribute__((cold)) void __koito_signal_call_wait(void);

/* Enter a call made with IPC buffer words; whether it was the main thread's. */
static inline int __koito_call_enter(const uint64_t *words)
{
    if (words != __koito_signal_main_buffer)
        return 0;
    int idle = __KOITO_CALL_IDLE;
    if (!__atomic_compare_exchange_n(&__koito_signal_main_call, &idle, __KOITO_CALL_BUSY, 0,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        __koito_signal_call_wait();
    return 1;
}

static inline void __koito_call_leave(int entered)
{
    if (entered)
        __atomic_store_n(&__koito_signal_main_call, __KOITO_CALL_IDLE, __ATOMIC_RELEASE);
}

/* Whether a handler counted by counter (__koito_signal_handled or __koito_signal_interrupting)
 * ran since *snapshot was taken by __koito_signal_since; only the main thread runs handlers, so
 * only its waits are interrupted. */
static inline unsigned __koito_signal_since(const unsigned *counter)
{
    return __atomic_load_n(counter, __ATOMIC_ACQUIRE);
}

static inline int __koito_signal_interrupted(const unsigned *counter, unsigned snapshot)
{
    return __atomic_load_n(counter, __ATOMIC_ACQUIRE) != snapshot &&
           koito_ipc_buffer() == __koito_signal_main_buffer;
}

#endif

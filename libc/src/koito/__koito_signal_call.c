/*
 * The main thread's call state (libc, OS port; see signal_call.h). Apart from the signal thread,
 * so every program's server calls link these few bytes, not the signal machinery.
 */
#include "signal_call.h"
#include <a9n/a9n.h>

uint64_t *__koito_signal_main_buffer;
int __koito_signal_main_call;

void __koito_signal_call_wait(void)
{
    int idle = __KOITO_CALL_IDLE;
    while (!__atomic_compare_exchange_n(&__koito_signal_main_call, &idle, __KOITO_CALL_BUSY, 0,
                                        __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        idle = __KOITO_CALL_IDLE;
        a9n_yield();
    }
}

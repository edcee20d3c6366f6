/*
 * The debug kernel call (portable core). Built from debug_call.c when the
 * kernel is configured with KOITO_DEBUG_CALL, from debug_call_absent.c
 * otherwise; see <a9n/kernel_call.h>.
 */
#ifndef A9N_KERNEL_DEBUG_CALL_H
#define A9N_KERNEL_DEBUG_CALL_H

#include <a9n/error.h>
#include <kernel/thread.h>

enum a9n_error debug_call(struct thread *caller);

#endif

/*
 * The capability kernel call (portable core); see capability_call.c.
 */
#ifndef A9N_KERNEL_CAPABILITY_CALL_H
#define A9N_KERNEL_CAPABILITY_CALL_H

#include <a9n/error.h>
#include <kernel/thread.h>

enum a9n_error capability_call(struct thread *caller);

#endif

/*
 * The capability kernel call (portable core); see capability_call.c.
 */
#ifndef A9N_KERNEL_CAPABILITY_CALL_H
#define A9N_KERNEL_CAPABILITY_CALL_H

#include <a9n/error.h>
#include <kernel/thread.h>

/* Run the caller's capability call and write its results into the caller's
 * registers (and, for IPC, into the partner's); may block the caller. */
void capability_call(struct thread *caller);

#endif

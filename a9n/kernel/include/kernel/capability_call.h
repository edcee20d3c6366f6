/*
 * The capability kernel call (portable core); see capability_call.c.
 */
#ifndef A9N_KERNEL_CAPABILITY_CALL_H
#define A9N_KERNEL_CAPABILITY_CALL_H

#include <a9n/error.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

/* The kernel-call number a thread is given to finish a capability call
 * (capability_call.c); no user call has it. */
#define CAPABILITY_CALL_CONTINUE UINT64_C(0xffffffffffffffff)

/* Run the caller's capability call and write its results into the caller's
 * registers (and, for IPC, into the partner's); may block the caller. When
 * it stops at a preemption point, the caller is made to enter again. */
void capability_call(struct thread *caller);

/* The caller entered with CAPABILITY_CALL_CONTINUE: finish its call. False
 * if it has no call to finish. */
bool capability_call_continue(struct thread *caller);

#endif

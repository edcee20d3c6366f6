/*
 * The IPC fast path (portable core; fastpath.c): call and reply-receive
 * of register-sized messages without capability transfer, to a partner that
 * is ready.
 */
#ifndef A9N_KERNEL_FASTPATH_H
#define A9N_KERNEL_FASTPATH_H

#include <kernel/thread.h>
#include <stdint.h>

/* Try the capability call `caller` just made on the fast path: when it
 * applies, do it and leave the kernel to the partner; otherwise return,
 * having changed nothing, and the general path runs the call. */
void fastpath_capability_call(struct thread *caller);

/* How many calls the fast path has done since boot. */
uint64_t fastpath_hits(void);

#endif

/*
 * Fault delivery (portable core); see fault.c.
 */
#ifndef A9N_KERNEL_FAULT_H
#define A9N_KERNEL_FAULT_H

#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

/* Does the thread have a resolver port to take its faults? */
bool fault_has_resolver(const struct thread *thread);

/* Send a fault message of `length` words (<= A9N_FAULT_MESSAGE_LENGTH) to the
 * thread's resolver; the thread blocks until the reply. False if the
 * resolver cannot take it (the caller then treats the thread as having none). */
bool fault_deliver(struct thread *thread, const uint64_t *words, unsigned length);

#endif

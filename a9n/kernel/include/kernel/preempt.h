/*
 * Preemption points (portable core): how an operation whose cost grows with
 * sizes a user chose (revoke, destroying a large node, zeroing a large
 * conversion, deleting a slot with many children) lets a pending interrupt
 * in. The kernel runs with interrupts off and on one kernel stack, so it
 * never takes an interrupt midway; instead such an operation works in steps
 * that each leave every object consistent, and between steps asks
 * preempt_point(). When that answers true the operation returns at once, and
 * capability_call() makes the caller run the same kernel call again
 * (hal_context_restart_call) instead of writing its results; the interrupt is
 * taken on the way out to user mode, and whatever thread it wakes runs first
 * if its priority says so. Run again, the call finds its earlier steps done
 * and goes on from there, so it finishes after finitely many entries: every
 * entry does at least one step before it may stop.
 */
#ifndef A9N_KERNEL_PREEMPT_H
#define A9N_KERNEL_PREEMPT_H

#include <stdbool.h>

/* Steps between two looks at the interrupt controller: a look is a few
 * device-register reads, a step a slot deletion or a few hundred stores. */
#define PREEMPT_STEPS_PER_CHECK 8u

/* One step of bounded work is done: answer whether the operation must stop
 * now because an interrupt is pending. Once it answered true it keeps doing
 * so until preempt_take(). */
bool preempt_point(void);

/* The same after a step as long as PREEMPT_STEPS_PER_CHECK small ones
 * (zeroing a chunk of memory): asks the interrupt controller at once. */
bool preempt_check(void);

/* Set once a preemption point answered true (preempt.c only). */
extern bool preempt_stopped;

/* Whether the current operation stopped at a preemption point; clears it.
 * Inline: the capability call asks after every operation. */
static inline bool preempt_take(void)
{
    bool stopped = preempt_stopped;
    preempt_stopped = false;
    return stopped;
}

#endif

/*
 * Processor time (portable core; cpu_time.c): the time each thread ran, and
 * the time all threads ran in each address space, in time-stamp-counter
 * cycles, reported in nanoseconds.
 *
 * The scheduler charges the cycles since the last charge to the thread that
 * ran them whenever it decides what runs next (sched_run, the timer tick).
 * The IPC fast path's direct switch charges nothing, to stay short: time a
 * thread runs up to a fast-path switch goes to whichever thread is charged
 * next, which is a sample of the same kind as a tick-based account and never
 * more than one timer tick of error per switch chain.
 */
#ifndef A9N_KERNEL_CPU_TIME_H
#define A9N_KERNEL_CPU_TIME_H

#include <kernel/capability.h>
#include <kernel/thread.h>
#include <stdint.h>

/* Charge the cycles since the last charge to `running` (and its address
 * space), or to nobody when it is NULL (idle); start counting anew. */
void cpu_time_charge(struct thread *running);

/* Processor time of `thread` in nanoseconds, with the cycles not charged yet
 * when it is the one running now. */
uint64_t cpu_time_of_thread(const struct thread *thread);

/* Processor time of every thread that ran in the address space
 * `capability` names, in nanoseconds, with the cycles not charged yet when
 * the running thread runs in it. */
uint64_t cpu_time_of_address_space(const struct capability *capability);

#endif

/*
 * The scheduler (portable core): round robin over runnable threads, one
 * timeslice per timer tick. Priorities arrive with the thread objects.
 */
#ifndef A9N_KERNEL_SCHED_H
#define A9N_KERNEL_SCHED_H

#include <kernel/thread.h>

#define SCHED_TICK_US 10000u

/* The thread that entered the kernel, or NULL while idle. */
struct thread *sched_current(void);

/* Put a runnable thread at the end of the run queue. */
void sched_make_runnable(struct thread *thread);

/* Take a thread off the run queue (it stays current until the next switch). */
void sched_remove(struct thread *thread);

/* Move the current thread to the end of the queue and run the first one. */
_Noreturn void sched_yield(void);

/* Run the thread at the head of the queue; idle if there is none. */
_Noreturn void sched_run(void);

/* Timer ticks seen since boot. */
uint64_t sched_ticks(void);

#endif

/*
 * The scheduler (portable core): fixed-priority preemptive, round robin
 * within a priority, timeslices counted in timer ticks, a constant-time
 * choice of the next thread (a bitmap of non-empty priorities), and an idle
 * loop when nothing is runnable.
 *
 * Every exit from the kernel goes through sched_run(), which runs the
 * highest-priority runnable thread; making a thread runnable or blocking one
 * is all an operation does to switch. The IPC fast path hands over directly
 * (sched_hand_over), but only to the thread sched_run() would choose.
 */
#ifndef A9N_KERNEL_SCHED_H
#define A9N_KERNEL_SCHED_H

#include <kernel/thread.h>

#define SCHED_TICK_US         10000u
#define SCHED_TIMESLICE_TICKS 2u
#define SCHED_PRIORITIES      256u

/* The thread that entered the kernel, or NULL while idle. */
struct thread *sched_current(void);

/* Make `thread` RUNNABLE at the end of its priority's queue. */
void sched_make_runnable(struct thread *thread);

/* Take `thread` off the run queue and give it `state` (not RUNNABLE). */
void sched_block(struct thread *thread, enum thread_state state);

/* Move the current thread to the end of its priority's queue and run the first. */
_Noreturn void sched_yield_current(void);

/* Run the highest-priority runnable thread; idle if there is none, halt if
 * no thread could ever run again. */
_Noreturn void sched_run(void);

/* The IPC fast path's switch: when sched_run() would choose `to`, a blocked
 * thread, once the current thread `from` blocks in `state` and `to` wakes,
 * do just that (sched_block, sched_make_runnable, `to` current) and answer
 * true; otherwise change nothing and answer false. sched_run() would choose
 * it when `to` has a higher priority than `from` and none is ready at that
 * priority, or the same priority and `from` is alone at it. */
bool sched_hand_over(struct thread *from, enum thread_state state, struct thread *to);

/* `thread` is being destroyed: if it is the current thread, charge it its
 * processor time now and let nothing refer to it as current any more. */
void sched_forget(struct thread *thread);

/* Change a thread's priority, keeping its place in the queues consistent. */
void sched_set_priority(struct thread *thread, uint8_t priority);

/* Timer ticks seen since boot. */
uint64_t sched_ticks(void);

#endif

/*
 * Threads (portable core): a saved user context, the address space it runs
 * in, the root of its capability space and its scheduling state. In this
 * kernel the only thread is the root server's, held in kernel static data;
 * thread objects converted from generic memory come with IPC.
 */
#ifndef A9N_KERNEL_THREAD_H
#define A9N_KERNEL_THREAD_H

#include <hal/context.h>
#include <kernel/capability.h>
#include <stdbool.h>
#include <stdint.h>

enum thread_state {
    THREAD_INACTIVE, /* never started */
    THREAD_RUNNABLE, /* on the run queue or running */
    THREAD_STOPPED,  /* stopped after a fault; never runs again */
};

struct thread {
    struct hal_context context; /* first: the HAL saves user state into it */

    /* Scheduler's: */
    enum thread_state state;
    struct thread *next_runnable;

    /* Fixed when the thread is set up: */
    struct slot cspace_root; /* the root node of its capability space */
    uint64_t vspace_root;
    bool io_ports; /* may use every I/O port */
    const char *name;
};

/* Prepare `thread` to run user code at `entry` (see hal_context_init). */
void thread_init(struct thread *thread, const char *name, uint64_t vspace_root, uint64_t entry,
                 uint64_t stack, uint64_t argument0, uint64_t argument1, uint64_t argument2);

/* Stop `thread` for good: it leaves the run queue and never runs again. */
void thread_stop(struct thread *thread);

#endif

/*
 * The fake HAL for host tests of the scheduler (a9n/kernel/sched.c).
 *
 * Layer: host tests only. The scheduler leaves the kernel through three
 * _Noreturn exits: hal_return_to_user (run a thread), hal_idle (nothing
 * runnable, a thread blocked) and kernel_halt (nothing could ever run
 * again). fake_hal.c implements them by recording the exit and jumping back
 * (longjmp) to fake_enter, so a test calls a kernel entry point as a
 * function and reads how the kernel left. It also stands in for
 * thread_vspace_root (a thread's fake root is vspace_root.capability.object,
 * 0 for none), the address-space side of processor time (cpu_time.c) and kprintf (the last line is
 * kept for the test to read).
 */
#ifndef KOITO_TEST_SCHED_FAKE_HAL_H
#define KOITO_TEST_SCHED_FAKE_HAL_H

#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

enum fake_exit {
    FAKE_EXIT_NONE, /* the entry point returned: a _Noreturn function did not hold */
    FAKE_EXIT_USER, /* hal_return_to_user */
    FAKE_EXIT_IDLE, /* hal_idle */
    FAKE_EXIT_HALT, /* kernel_halt */
};

struct fake_outcome {
    enum fake_exit exit;
    /* FAKE_EXIT_USER only: what hal_return_to_user was given. */
    struct thread *thread; /* the thread whose context it loads */
    uint64_t vspace_root;
};

/* Call `kernel_entry` (sched_run, sched_yield_current, kernel_handle_preemption, ...)
 * and return how it left the kernel. */
struct fake_outcome fake_enter(void (*kernel_entry)(void));

/* The last line kprintf printed since fake_console_clear, "" if none. */
const char *fake_console(void);
void fake_console_clear(void);

/* The time-stamp counter hal_cycle_counter() reads (at 1 GHz), and the
 * cycles charged to any address space through address_space_charge(). */
extern uint64_t fake_cycles;
extern uint64_t fake_address_space_cycles;

/* The last thread the scheduler stopped through thread_stop(). */
extern struct thread *fake_stopped;

#endif

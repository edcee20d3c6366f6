/*
 * The kernel core's entry points from the HAL's trap and kernel-call stubs.
 * Each runs on the kernel stack with interrupts off; those that end in user
 * mode never return.
 */
#ifndef A9N_KERNEL_ENTRY_H
#define A9N_KERNEL_ENTRY_H

#include <hal/context.h>

/* The current thread made a kernel call (its context holds the arguments). */
_Noreturn void kernel_handle_call(void);

/* The current thread faulted in user mode. */
_Noreturn void kernel_handle_user_fault(const struct hal_fault *fault);

/* The timer interrupted user mode. */
_Noreturn void kernel_handle_preemption(void);

/* Go back to the current thread unchanged (e.g. after a spurious interrupt). */
_Noreturn void kernel_resume_current(void);

/* The timer interrupted the idle loop. */
_Noreturn void kernel_handle_timer(void);

/* Interrupt line `line` fired (from user mode or the idle loop); the HAL has
 * masked the line and acknowledged the controller. */
_Noreturn void kernel_handle_interrupt(unsigned line);

#endif

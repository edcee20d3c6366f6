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

#endif

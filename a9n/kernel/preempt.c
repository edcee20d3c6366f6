/*
 * Preemption points (portable core); see include/kernel/preempt.h. One CPU,
 * interrupts off in the kernel: two plain variables are the whole state.
 */
#include <hal/hal.h>
#include <kernel/preempt.h>

static unsigned preempt_steps;
bool preempt_stopped;

bool preempt_point(void)
{
    if (++preempt_steps < PREEMPT_STEPS_PER_CHECK)
        return preempt_stopped;
    return preempt_check();
}

bool preempt_check(void)
{
    preempt_steps = 0;
    if (!preempt_stopped)
        preempt_stopped = hal_interrupt_pending();
    return preempt_stopped;
}

/*
 * The fake HAL for host tests of the scheduler; see fake_hal.h.
 *
 * Layer: host tests only. fake_enter keeps a jmp_buf for the duration of one
 * kernel entry; each fake exit fills in the outcome and longjmps to it, which
 * is the host's stand-in for "the kernel stack is abandoned".
 */
#include "fake_hal.h"

#include <hal/context.h>
#include <hal/hal.h>
#include <kernel/address_space.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <kernel/sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

static jmp_buf fake_back;
static struct fake_outcome fake_last;
static char fake_line[256];

struct fake_outcome fake_enter(void (*kernel_entry)(void))
{
    fake_last = (struct fake_outcome){.exit = FAKE_EXIT_NONE};
    if (setjmp(fake_back) == 0)
        kernel_entry();
    return fake_last;
}

_Noreturn void hal_return_to_user(struct hal_context *context, uint64_t vspace_root)
{
    fake_last = (struct fake_outcome){
        .exit = FAKE_EXIT_USER,
        .thread = (struct thread *)((char *)context - offsetof(struct thread, context)),
        .vspace_root = vspace_root,
    };
    longjmp(fake_back, 1);
}

_Noreturn void hal_idle(void)
{
    fake_last = (struct fake_outcome){.exit = FAKE_EXIT_IDLE};
    longjmp(fake_back, 1);
}

_Noreturn void kernel_halt(void)
{
    fake_last = (struct fake_outcome){.exit = FAKE_EXIT_HALT};
    longjmp(fake_back, 1);
}

struct thread *fake_stopped;
uint64_t fake_cycles;
uint64_t fake_address_space_cycles;

uint64_t hal_cycle_counter(void)
{
    return fake_cycles;
}

uint64_t hal_tsc_frequency(void)
{
    return 1000000000u;
}

void address_space_charge(const struct capability *capability, uint64_t cycles)
{
    (void)capability;
    fake_address_space_cycles += cycles;
}

uint64_t address_space_cpu_cycles(const struct capability *capability)
{
    (void)capability;
    return fake_address_space_cycles;
}

uint64_t address_space_root(const struct capability *capability)
{
    return capability->object;
}

uint64_t thread_vspace_root(const struct thread *thread)
{
    return thread->vspace_root.capability.object;
}

/* The real thread_stop also cancels the thread's IPC, which these tests leave out. */
void thread_stop(struct thread *thread)
{
    fake_stopped = thread;
    sched_block(thread, THREAD_STOPPED);
}

void kprintf(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(fake_line, sizeof(fake_line), format, arguments);
    va_end(arguments);
}

const char *fake_console(void)
{
    return fake_line;
}

void fake_console_clear(void)
{
    fake_line[0] = '\0';
}

/*
 * A fake HAL for host tests of the kernel's capability core, and of the IPC
 * code built on it (test/host/ipc, through capability_core.cmake).
 *
 * Layer: host tests only. It stands in for the few HAL functions the
 * capability core (a9n/kernel: slot, derivation, object, node, generic,
 * lookup, capability_call) links against:
 *   - hal_physical_to_virtual is the identity, so a test's "physical" generic
 *     base is simply the address of an aligned host buffer;
 *   - the hal_context_* accessors read and write the real x86_64 struct
 *     hal_context (<hal/arch/context.h>) with the convention of
 *     <a9n/arch/x86_64/kernel_call.h>: rdi = argument 0 (target descriptor),
 *     rsi = argument 1 (operation), message registers rdx r10 r8 r9 r12 r13
 *     r14 r15. Tests fill those fields directly, as user code would fill the
 *     registers, and call capability_call() exactly as the kernel does;
 *   - hal_interrupt_pending answers as the test says (fake_hal.h), and a
 *     restarted call moves rip back by two, as on x86_64.
 */
#include <hal/context.h>
#include <hal/hal.h>

#include "fake_hal.h"

void *hal_physical_to_virtual(uint64_t physical)
{
    return (void *)(uintptr_t)physical;
}

uint64_t hal_context_argument(const struct hal_context *context, unsigned index)
{
    return index == 0 ? context->rdi : context->rsi;
}

/* Where message register `index` lives. */
static uint64_t *fake_message_register(struct hal_context *context, unsigned index)
{
    uint64_t *registers[] = {&context->rdx, &context->r10, &context->r8,  &context->r9,
                             &context->r12, &context->r13, &context->r14, &context->r15};
    return registers[index];
}

uint64_t hal_context_message(const struct hal_context *context, unsigned index)
{
    return *fake_message_register((struct hal_context *)context, index);
}

void hal_context_set_message(struct hal_context *context, unsigned index, uint64_t value)
{
    *fake_message_register(context, index) = value;
}

void hal_context_set_result(struct hal_context *context, uint64_t value)
{
    context->rax = value;
}

/* Preemption points (kernel/preempt.c) ask this; fake_hal.h has the controls. */
uint32_t fake_hal_pending_interrupts;
bool (*fake_hal_pending_hook)(void);
uint64_t fake_hal_interrupt_checks;

bool hal_interrupt_pending(void)
{
    fake_hal_interrupt_checks++;
    if (fake_hal_pending_hook)
        return fake_hal_pending_hook();
    if (fake_hal_pending_interrupts == 0)
        return false;
    if (fake_hal_pending_interrupts != UINT32_MAX)
        fake_hal_pending_interrupts--;
    return true;
}

/* A restarted call shows as rip moved back by the 2-byte syscall, as on x86_64. */
void hal_context_restart_call(struct hal_context *context)
{
    context->rip -= 2;
    context->rcx = context->rip;
}

void hal_context_set_call_number(struct hal_context *context, uint64_t call)
{
    context->rax = call;
}

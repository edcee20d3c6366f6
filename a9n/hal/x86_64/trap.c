/*
 * Interrupt and exception dispatch (x86_64 HAL), called from traps.S.
 *
 * From user mode: an exception becomes a portable struct hal_fault handed to
 * the core (kernel_handle_user_fault), the timer becomes a scheduling tick
 * (kernel_handle_preemption). An interrupt line, from user mode or the idle
 * loop, is masked and handed to the core (kernel_handle_interrupt); it stays
 * masked until its interrupt port is acknowledged, so a level-triggered
 * device cannot storm the CPU meanwhile. Any other vector (unbound, or
 * aimed there by a device's MSI, an exception's vector included) gets an
 * end of interrupt and is ignored;
 * the LAPIC's spurious vector is ignored without one, as the LAPIC wants.
 * The kernel runs with interrupts off except in its idle loop, so a trap
 * from kernel mode that did not strike the idle loop is an exception: a
 * kernel bug, which panics with the registers. NMIs, double faults and
 * machine checks come on stacks of their own (idt.c): an NMI is counted,
 * reported on the next tick and returned from; the other two are reported
 * and halt (an MSI aimed at the machine check's vector is ignored).
 */
#include "idt.h"
#include "lapic.h"
#include "x86.h"

#include <hal/context.h>
#include <hal/hal.h>
#include <kernel/entry.h>
#include <kernel/panic.h>
#include <kernel/print.h>

static const char *const exception_names[IDT_EXCEPTION_COUNT] = {
    "divide error",
    "debug",
    "NMI",
    "breakpoint",
    "overflow",
    "bound range",
    "invalid opcode",
    "device not available",
    "double fault",
    "coprocessor segment overrun",
    "invalid TSS",
    "segment not present",
    "stack fault",
    "general protection",
    "page fault",
    "reserved",
    "x87 floating point",
    "alignment check",
    "machine check",
    "SIMD floating point",
    "virtualization",
    "control protection",
    "reserved",
    "reserved",
    "reserved",
    "reserved",
    "reserved",
    "reserved",
    "hypervisor injection",
    "VMM communication",
    "security",
    "reserved",
};

/* An interrupt line fired: mask it before the end of interrupt, so a level-
 * triggered input that is still asserted does not fire again at once. */
static _Noreturn void trap_line(uint64_t vector)
{
    unsigned line = (unsigned)(vector - IDT_LINE_BASE);
    hal_interrupt_mask(line);
    lapic_end_of_interrupt();
    kernel_handle_interrupt(line);
}

extern const char hal_idle_end[];

/* NMIs so far, by the mode they struck, and how many of them were reported. */
static volatile uint64_t nmi_user;
static volatile uint64_t nmi_kernel;
static uint64_t nmi_reported;

/* Report NMIs that came since the last report. Called on the timer tick,
 * in ordinary kernel context: an NMI handler that printed could cut into a
 * line the kernel is writing. */
static void trap_report_nmis(void)
{
    uint64_t user = nmi_user, kernel = nmi_kernel;
    if (user + kernel == nmi_reported)
        return;
    nmi_reported = user + kernel;
    kprintf("a9n: NMI: %lu so far (%lu in user mode, %lu in kernel mode), ignored\n", user + kernel,
            user, kernel);
}

/* An interrupt at a vector nothing is bound to: acknowledge it (the LAPIC
 * holds it in service until then), except the spurious vector, which the
 * LAPIC never puts in service. */
static void trap_ignore(uint64_t vector)
{
    if (vector != IDT_SPURIOUS_VECTOR)
        lapic_end_of_interrupt();
}

static bool trap_is_line(uint64_t vector)
{
    return vector >= IDT_LINE_BASE && vector < IDT_LINE_BASE + IDT_LINE_COUNT;
}

static enum hal_fault_kind fault_kind(uint64_t vector)
{
    switch (vector) {
    case IDT_PAGE_FAULT:
        return HAL_FAULT_PAGE;
    case IDT_INVALID_OPCODE:
        return HAL_FAULT_INVALID_INSTRUCTION;
    case IDT_DIVIDE_ERROR:
    case IDT_X87_FAULT:
    case IDT_SIMD_FAULT:
        return HAL_FAULT_ARITHMETIC;
    case IDT_GENERAL_PROTECTION:
        return HAL_FAULT_PROTECTION;
    default:
        return HAL_FAULT_OTHER;
    }
}

const char *hal_fault_kind_name(enum hal_fault_kind kind)
{
    switch (kind) {
    case HAL_FAULT_PAGE:
        return "page fault";
    case HAL_FAULT_INVALID_INSTRUCTION:
        return "invalid instruction";
    case HAL_FAULT_ARITHMETIC:
        return "arithmetic fault";
    case HAL_FAULT_PROTECTION:
        return "protection fault";
    default:
        return "exception";
    }
}

_Noreturn void hal_trap_user(struct hal_context *context)
{
    uint64_t vector = context->vector;
    /* A device's MSI may aim at an exception's vector (the local APIC takes
     * 16 and up): what the APIC delivered is an interrupt, not a fault of
     * the thread it struck, and is ignored like any unbound vector. */
    if (vector < IDT_EXCEPTION_COUNT &&
        !(vector >= IDT_FIRST_APIC_VECTOR && lapic_in_service((unsigned)vector))) {
        struct hal_fault fault = {
            .kind = fault_kind(vector),
            .vector = vector,
            .error_code = context->error_code,
            .address = vector == IDT_PAGE_FAULT ? read_cr2() : 0,
            .instruction_pointer = context->rip,
        };
        kernel_handle_user_fault(&fault);
    }
    if (vector == IDT_TIMER_VECTOR) {
        lapic_end_of_interrupt();
        trap_report_nmis();
        kernel_handle_preemption();
    }
    if (trap_is_line(vector))
        trap_line(vector);
    trap_ignore(vector);
    kernel_resume_current();
}

_Noreturn void hal_trap_kernel(struct hal_context *frame)
{
    uint64_t vector = frame->vector;
    if (vector == IDT_TIMER_VECTOR) {
        lapic_end_of_interrupt();
        trap_report_nmis();
        kernel_handle_timer();
    }
    if (trap_is_line(vector))
        trap_line(vector);
    /* Nothing in the idle loop can raise an exception: whatever struck it
     * there, even at an exception's vector, is an interrupt. */
    if (frame->rip >= (uint64_t)(uintptr_t)hal_idle && frame->rip < (uint64_t)hal_idle_end) {
        trap_ignore(vector);
        hal_idle();
    }
    kprintf("A9N PANIC: kernel %s (vector %lu)", exception_names[vector % IDT_EXCEPTION_COUNT],
            vector);
    if (vector == IDT_PAGE_FAULT)
        kprintf(" at address %016lx", read_cr2());
    kprintf("\n");
    hal_context_print(frame);
    panic("unexpected exception in kernel mode");
}

/* From traps.S, on the NMI's own stack, with `cs` the interrupted code
 * segment. An NMI means nothing to this kernel (no watchdog, no profiler):
 * it is counted, reported at the next timer tick, and the interrupted code
 * goes on. */
void hal_trap_nmi(uint64_t cs)
{
    if (cs & 3)
        nmi_user = nmi_user + 1;
    else
        nmi_kernel = nmi_kernel + 1;
}

/* From traps.S, on the double fault's or machine check's own stack. Returns
 * only for an interrupt at the machine check's vector: the local APIC takes
 * vector 18, so a device's MSI may aim there; it is ignored. */
void hal_trap_fatal(struct hal_context *frame)
{
    if (frame->vector == IDT_MACHINE_CHECK && lapic_in_service(IDT_MACHINE_CHECK)) {
        lapic_end_of_interrupt();
        return;
    }
    kprintf("A9N PANIC: %s in %s mode\n", exception_names[frame->vector % IDT_EXCEPTION_COUNT],
            (frame->cs & 3) ? "user" : "kernel");
    hal_context_print(frame);
    panic("%s", frame->vector == IDT_DOUBLE_FAULT ? "double fault" : "machine check");
}

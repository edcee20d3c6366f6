/*
 * Interrupt descriptor table (x86_64 HAL). Every one of the 256 vectors has
 * a handler: 0-31 are CPU exceptions, 32 is the LAPIC timer, 48-71 the
 * interrupt lines (I/O APIC inputs 0-23), 255 the LAPIC spurious vector, and
 * every other vector is unbound (trap.c answers it with an end of interrupt
 * and ignores it). All are interrupt gates (interrupts stay off in the
 * kernel), reachable from ring 0 only: user `int n` is a protection fault.
 *
 * Three exceptions run on stacks of their own (the TSS's IST), so they
 * never land in the interrupted thread's context nor on a kernel stack that
 * may be what broke: NMI (IST 1: counted, reported, and returned from,
 * wherever it struck), double fault (IST 2) and machine check (IST 3), both
 * reported with the registers before the kernel halts.
 */
#include "idt.h"

#include "gdt.h"

#include <kernel/panic.h>
#include <stdint.h>

struct idt_gate {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type_attributes;
    uint16_t offset_middle;
    uint32_t offset_high;
    uint32_t reserved;
};

_Static_assert(sizeof(struct idt_gate) == 16, "IDT gate size");

#define IDT_STUB_SPACING 16u /* traps.S aligns every vector's stub to 16 bytes */

extern const char hal_trap_stubs[];
extern const char hal_trap_stubs_end[];
extern const char hal_trap_nmi_entry[];
extern const char hal_trap_double_fault_entry[];
extern const char hal_trap_machine_check_entry[];

static struct idt_gate idt[IDT_VECTOR_COUNT] __attribute__((aligned(16)));

static void idt_set(unsigned vector, uint64_t handler, uint8_t ist)
{
    idt[vector] = (struct idt_gate){
        .offset_low = (uint16_t)handler,
        .selector = GDT_KERNEL_CODE,
        .ist = ist,
        .type_attributes = 0x8e, /* present, ring 0, 64-bit interrupt gate */
        .offset_middle = (uint16_t)(handler >> 16),
        .offset_high = (uint32_t)(handler >> 32),
    };
}

void idt_init(void)
{
    uint64_t stubs = (uint64_t)(uintptr_t)hal_trap_stubs;
    if ((uint64_t)(uintptr_t)hal_trap_stubs_end - stubs !=
        (uint64_t)IDT_VECTOR_COUNT * IDT_STUB_SPACING)
        panic("trap stubs are not %u bytes apart", IDT_STUB_SPACING);
    for (unsigned vector = 0; vector < IDT_VECTOR_COUNT; vector++)
        idt_set(vector, stubs + (uint64_t)vector * IDT_STUB_SPACING, 0);
    idt_set(IDT_NMI, (uint64_t)(uintptr_t)hal_trap_nmi_entry, GDT_IST_NMI);
    idt_set(IDT_DOUBLE_FAULT, (uint64_t)(uintptr_t)hal_trap_double_fault_entry,
            GDT_IST_DOUBLE_FAULT);
    idt_set(IDT_MACHINE_CHECK, (uint64_t)(uintptr_t)hal_trap_machine_check_entry,
            GDT_IST_MACHINE_CHECK);
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) pointer = {sizeof(idt) - 1, (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

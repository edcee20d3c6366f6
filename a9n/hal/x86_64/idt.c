/*
 * Interrupt descriptor table (x86_64 HAL): vectors 0-31 are CPU exceptions,
 * 32 is the LAPIC timer, 48-71 the interrupt lines (I/O APIC inputs 0-23),
 * 255 the LAPIC spurious vector. All are interrupt gates (interrupts stay off
 * in the kernel). Double fault and NMI run on the TSS's IST stack so a broken
 * kernel stack still gives a readable panic.
 */
#include "idt.h"

#include "gdt.h"

#include <stdbool.h>
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

extern const uint64_t hal_trap_stubs[IDT_TIMER_VECTOR + 1];
extern const uint64_t hal_trap_line_stubs[IDT_LINE_COUNT];
extern const uint64_t hal_trap_stub_spurious;

static struct idt_gate idt[256] __attribute__((aligned(16)));

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
    for (unsigned vector = 0; vector <= IDT_TIMER_VECTOR; vector++) {
        bool needs_ist = vector == IDT_DOUBLE_FAULT || vector == IDT_NMI;
        idt_set(vector, hal_trap_stubs[vector], needs_ist ? 1 : 0);
    }
    for (unsigned line = 0; line < IDT_LINE_COUNT; line++)
        idt_set(IDT_LINE_BASE + line, hal_trap_line_stubs[line], 0);
    idt_set(IDT_SPURIOUS_VECTOR, hal_trap_stub_spurious, 0);
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) pointer = {sizeof(idt) - 1, (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

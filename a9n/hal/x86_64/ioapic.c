/*
 * The I/O APIC (x86_64 HAL): the controller behind the kernel's interrupt
 * lines. Line n is I/O APIC input n, which on PCs and QEMU's pc, q35 and
 * microvm machines means ISA IRQ n for n in 1..15 (the PIT, ISA IRQ 0, is
 * wired to input 2) and the PCI interrupts on inputs 16..23.
 *
 * The chip sits at the architectural default 0xfec00000; the kernel reaches
 * it through the direct map, which maps the 3..4 GiB device hole uncached.
 * Its registers are indirect: write an index to IOREGSEL, then read or write
 * IOWIN. Redirection entry n is the register pair 0x10 + 2n (low) and
 * 0x11 + 2n (high):
 *   low  bits 0..7   vector
 *        bits 8..10  delivery mode (0: fixed)
 *        bit 11      destination mode (0: physical APIC ID)
 *        bit 13      polarity (1: active low)
 *        bit 15      trigger mode (1: level)
 *        bit 16      mask
 *   high bits 24..31 destination APIC ID
 * ISA inputs (0..15) are edge-triggered and active high, PCI inputs (16..23)
 * level-triggered and active low, as the PC platform wires them. Every entry
 * points at the boot CPU (APIC ID 0), the only one the kernel runs on.
 */
#include "ioapic.h"

#include "idt.h"
#include "memlayout.h"

#include <hal/hal.h>
#include <stdint.h>

#define IOAPIC_PHYSICAL_BASE 0xfec00000ul
#define IOAPIC_REGSEL        0x00u
#define IOAPIC_WINDOW        0x10u
#define IOAPIC_VERSION       0x01u
#define IOAPIC_REDIRECTION   0x10u

/* I/O APICs report versions 0x1X (the 82093AA and its kin) and 0x2X (those
 * built into chipsets, QEMU's 0x20); an absent chip reads as all ones. */
#define IOAPIC_VERSION_MIN 0x10u
#define IOAPIC_VERSION_MAX 0x2fu

#define REDIRECTION_ACTIVE_LOW (1u << 13)
#define REDIRECTION_LEVEL      (1u << 15)
#define REDIRECTION_MASKED     (1u << 16)
#define ISA_LINES              16u
#define BOOT_CPU_APIC_ID       0u

static volatile uint32_t *ioapic;
static unsigned ioapic_line_count;

static uint32_t ioapic_read(uint32_t index)
{
    ioapic[IOAPIC_REGSEL / 4] = index;
    return ioapic[IOAPIC_WINDOW / 4];
}

static void ioapic_write(uint32_t index, uint32_t value)
{
    ioapic[IOAPIC_REGSEL / 4] = index;
    ioapic[IOAPIC_WINDOW / 4] = value;
}

/* The low word of line `line`'s redirection entry, masked or not. */
static uint32_t ioapic_entry_low(unsigned line, bool masked)
{
    uint32_t low = IDT_LINE_BASE + line;
    if (line >= ISA_LINES)
        low |= REDIRECTION_LEVEL | REDIRECTION_ACTIVE_LOW;
    return masked ? low | REDIRECTION_MASKED : low;
}

/* Inputs wired to the kernel's own devices: 0, the 8259's ExtINT output
 * (the kernel masks the 8259s), and 4, COM1 (ISA IRQ 4, its console).
 * Input 2, the PIT (ISA IRQ 0), is free: the kernel polls the PIT only to
 * calibrate its timer at boot, with the line masked. */
bool hal_interrupt_line_reserved(unsigned line)
{
    return line == 0 || line == 4;
}

unsigned hal_interrupt_init(void)
{
    ioapic = hal_physical_to_virtual(IOAPIC_PHYSICAL_BASE);
    uint32_t version = ioapic_read(IOAPIC_VERSION);
    uint32_t version_number = version & 0xffu;
    unsigned entries = ((version >> 16) & 0xffu) + 1;
    if (version_number < IOAPIC_VERSION_MIN || version_number > IOAPIC_VERSION_MAX)
        return 0;
    ioapic_line_count = entries < IOAPIC_LINES ? entries : IOAPIC_LINES;
    /* Mask every entry the chip has, not only ours: firmware may have left
     * some live, and the kernel has no vector for the ones past ours. */
    for (unsigned line = 0; line < entries; line++) {
        uint32_t low = line < ioapic_line_count ? ioapic_entry_low(line, true) : REDIRECTION_MASKED;
        ioapic_write(IOAPIC_REDIRECTION + 2 * line, low);
        ioapic_write(IOAPIC_REDIRECTION + 2 * line + 1, BOOT_CPU_APIC_ID << 24);
    }
    return ioapic_line_count;
}

void hal_interrupt_mask(unsigned line)
{
    if (line < ioapic_line_count)
        ioapic_write(IOAPIC_REDIRECTION + 2 * line, ioapic_entry_low(line, true));
}

void hal_interrupt_unmask(unsigned line)
{
    if (line < ioapic_line_count)
        ioapic_write(IOAPIC_REDIRECTION + 2 * line, ioapic_entry_low(line, false));
}

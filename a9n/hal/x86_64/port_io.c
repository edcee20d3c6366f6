/*
 * I/O port access for the kernel's I/O port capabilities (x86_64 HAL): the
 * "I/O ports" part of <hal/hal.h>. The kernel core has checked the port and
 * width against the capability's range, and against the ports the kernel
 * keeps for itself (port_io_reserved), before it calls here.
 *
 * The kernel's own ports: the 8259 interrupt controllers it masks (0x20-0x21,
 * 0xa0-0xa1) and their edge/level registers (ELCR, 0x4d0-0x4d1), the IMCR
 * that routes them (0x22-0x23), the PIT's gate and NMI status register
 * (0x61), and its console, COM1 (0x3f8-0x3ff). The PIT itself (0x40-0x43)
 * is the kernel's only while it calibrates its timer at boot, before any
 * user code runs; then its tick is the local APIC timer's, and the PIT is
 * free for a user-level timer driver (KOITO's timer service). A user driver with one of these could
 * reprogram the kernel's timer or interrupt routing or write into the
 * kernel's console. The isa-debug-exit port 0xf4 is not among them: it is a
 * device of the test harness (QEMU), which the kernel writes only as it
 * stops (panic with `debug_exit`), and the root program ends test runs
 * through it (libc's _Exit); it is granted like any other port.
 */
#include "x86.h"

#include "serial.h"

#include <hal/hal.h>

struct port_io_range {
    uint16_t first;
    uint16_t count;
};

static const struct port_io_range port_io_reserved[] = {
    {0x20, 4},  /* master 8259 and the IMCR */
    {0x61, 1},  /* PIT gate, NMI status */
    {0xa0, 2},  /* slave 8259 */
    {0x4d0, 2}, /* ELCR */
    {SERIAL_PORT_BASE, SERIAL_PORT_COUNT},
};

bool hal_io_port_reserved(uint64_t first, uint64_t count)
{
    for (unsigned i = 0; i < sizeof(port_io_reserved) / sizeof(port_io_reserved[0]); i++) {
        const struct port_io_range *range = &port_io_reserved[i];
        if (first < (uint64_t)range->first + range->count && range->first < first + count)
            return true;
    }
    return false;
}

/* The byte forms live in x86.h for the HAL's own devices; only capabilities
 * need the wider ones. */
static inline uint16_t port_io_inw(uint16_t port)
{
    uint16_t value;
    __asm__ volatile("inw %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline uint32_t port_io_inl(uint16_t port)
{
    uint32_t value;
    __asm__ volatile("inl %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline void port_io_outw(uint16_t port, uint16_t value)
{
    __asm__ volatile("outw %0, %1" : : "a"(value), "Nd"(port));
}

static inline void port_io_outl(uint16_t port, uint32_t value)
{
    __asm__ volatile("outl %0, %1" : : "a"(value), "Nd"(port));
}

uint32_t hal_io_read(uint16_t port, unsigned width)
{
    switch (width) {
    case 1:
        return inb(port);
    case 2:
        return port_io_inw(port);
    default:
        return port_io_inl(port);
    }
}

void hal_io_write(uint16_t port, unsigned width, uint32_t value)
{
    switch (width) {
    case 1:
        outb(port, (uint8_t)value);
        break;
    case 2:
        port_io_outw(port, (uint16_t)value);
        break;
    default:
        port_io_outl(port, value);
        break;
    }
}

/*
 * I/O port access for the kernel's I/O port capabilities (x86_64 HAL): the
 * "I/O ports" part of <hal/hal.h>. The kernel core has checked the port and
 * width against the capability's range before it calls here.
 */
#include "x86.h"

#include <hal/hal.h>

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

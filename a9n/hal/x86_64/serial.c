/*
 * The kernel console: a 16550 UART on COM1 (I/O port 0x3f8), 115200 8N1,
 * polled. Present on QEMU's pc, q35 and microvm machines and most PCs.
 */
#include "serial.h"
#include "x86.h"

#include <hal/hal.h>

#define COM1 SERIAL_PORT_BASE

void serial_init(void)
{
    outb(COM1 + 1, 0x00); /* no interrupts: the kernel polls */
    outb(COM1 + 3, 0x80); /* divisor latch */
    outb(COM1 + 0, 0x01); /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); /* 8 bits, no parity, one stop bit */
    outb(COM1 + 2, 0xc7); /* FIFO on and cleared */
    outb(COM1 + 4, 0x03); /* DTR, RTS */
}

static void serial_put(char c)
{
    for (unsigned spins = 0; spins < 100000 && !(inb(COM1 + 5) & 0x20); spins++)
        __asm__ volatile("pause");
    outb(COM1, (uint8_t)c);
}

void hal_console_write(const char *text, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if (text[i] == '\n')
            serial_put('\r');
        serial_put(text[i]);
    }
}

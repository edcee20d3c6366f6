/*
 * The serial console (x86_64 HAL); see serial.c.
 */
#ifndef A9N_HAL_X86_64_SERIAL_H
#define A9N_HAL_X86_64_SERIAL_H

/* The kernel's console UART, COM1: its eight ports are the kernel's
 * (port_io.c never lets a capability reach them). */
#define SERIAL_PORT_BASE  0x3f8u
#define SERIAL_PORT_COUNT 8u

void serial_init(void);

#endif

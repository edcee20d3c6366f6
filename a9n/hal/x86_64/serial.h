/*
 * The serial console (x86_64 HAL); see serial.c.
 */
#ifndef A9N_HAL_X86_64_SERIAL_H
#define A9N_HAL_X86_64_SERIAL_H

void serial_init(void);

#endif

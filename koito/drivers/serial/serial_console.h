/*
 * The KOITO serial console driver (KOITO, user-level driver): a 16550 UART
 * driven through an I/O port capability for its eight registers and an
 * interrupt port for its line, with a notification to wait on.
 *
 * Output is polled (the transmitter holding register drains in microseconds
 * at 115200 baud); input is interrupt-driven: the UART raises its
 * received-data interrupt, the kernel masks the line and signals the
 * notification, the driver drains the receiver and acknowledges the line.
 *
 * It is a library so that whoever holds the capabilities can run it: a test
 * today, a driver thread of the root server once KOITO starts threads.
 */
#ifndef KOITO_DRIVERS_SERIAL_CONSOLE_H
#define KOITO_DRIVERS_SERIAL_CONSOLE_H

#include <a9n/a9n.h>
#include <stddef.h>
#include <stdint.h>

/* COM1 (0x3f8, line 4) is the kernel's own console, which no capability
 * reaches: the driver serves COM2. */
#define SERIAL_CONSOLE_COM2      0x2f8u
#define SERIAL_CONSOLE_COM2_LINE 3u /* ISA IRQ 3 */
#define SERIAL_CONSOLE_PORTS     8u

struct serial_console {
    a9n_descriptor_t io_port;        /* covers base .. base + SERIAL_CONSOLE_PORTS - 1 */
    a9n_descriptor_t interrupt_port; /* the UART's line */
    a9n_descriptor_t notification;   /* badged; signalled when the line fires */
    uint16_t base;
};

/* Program the UART (115200 baud, 8N1, FIFO with a one-byte trigger, the
 * received-data interrupt on), bind the notification to the interrupt port
 * and fill in `console`. The notification is the driver's alone (a wait
 * consumes every bit of it); its capability needs a non-zero badge, since the
 * kernel signals with that badge, and the READ and WRITE rights. */
enum a9n_error serial_console_init(struct serial_console *console, a9n_descriptor_t io_port,
                                   uint16_t base, a9n_descriptor_t interrupt_port,
                                   a9n_descriptor_t notification);

/* Send `length` bytes. */
enum a9n_error serial_console_write(const struct serial_console *console, const char *text,
                                    size_t length);

/* Wait for one received byte. */
enum a9n_error serial_console_read(const struct serial_console *console, uint8_t *byte);

/* Take one received byte if there is one; A9N_ERROR_WOULD_BLOCK if none came. */
enum a9n_error serial_console_try_read(const struct serial_console *console, uint8_t *byte);

/* The driver's main loop is greet, then echo. */

/* Write the banner. */
enum a9n_error serial_console_greet(const struct serial_console *console);

/* Echo every received byte until `stop` has been received and echoed;
 * `echoed` counts the bytes. */
enum a9n_error serial_console_echo(const struct serial_console *console, uint8_t stop,
                                   uint64_t *echoed);

/* Turn the UART's interrupts off and unbind the notification. */
enum a9n_error serial_console_stop(const struct serial_console *console);

#endif

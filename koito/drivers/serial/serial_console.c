/*
 * The KOITO serial console driver (KOITO, user-level driver); see
 * serial_console.h.
 *
 * 16550 registers, offsets from the base port:
 *   0 RBR (read) / THR (write) data; with LCR.DLAB the divisor's low byte
 *   1 IER interrupt enable (bit 0: received data); with DLAB the divisor's high byte
 *   2 FCR (write) FIFO control
 *   3 LCR line control (bit 7: DLAB)
 *   4 MCR modem control (bit 3: OUT2, which gates the IRQ on PCs)
 *   5 LSR line status (bit 0: data ready, bit 5: THR empty)
 *
 * Receive protocol, which loses no byte whether the line is edge- or
 * level-triggered: check the receiver first and wait only when it is empty;
 * after each wake acknowledge the line, then check again. A byte that
 * arrives between the check and the wait raises the line, which is unmasked,
 * so the wait returns.
 */
#include "serial_console.h"

#define UART_DATA           0u
#define UART_IER            1u
#define UART_FCR            2u
#define UART_LCR            3u
#define UART_MCR            4u
#define UART_LSR            5u
#define IER_RECEIVED_DATA   0x01u
#define FCR_ENABLE_CLEAR    0x07u /* FIFOs on and cleared, interrupt at 1 byte */
#define LCR_DLAB            0x80u
#define LCR_8N1             0x03u
#define MCR_DTR_RTS_OUT2    0x0bu
#define LSR_DATA_READY      0x01u
#define LSR_THR_EMPTY       0x20u
#define DIVISOR_115200      1u
#define TRANSMIT_SPIN_LIMIT 100000u
#define UART_FIFO_SIZE      16u

static const char serial_console_banner[] = "koito serial console: echoing\r\n";

static enum a9n_error serial_console_out(const struct serial_console *console, unsigned reg,
                                         uint8_t value)
{
    return a9n_io_port_write(console->io_port, console->base + reg, 1, value);
}

static enum a9n_error serial_console_in(const struct serial_console *console, unsigned reg,
                                        uint8_t *value)
{
    uint64_t word = 0;
    enum a9n_error error = a9n_io_port_read(console->io_port, console->base + reg, 1, &word);
    *value = (uint8_t)word;
    return error;
}

enum a9n_error serial_console_init(struct serial_console *console, a9n_descriptor_t io_port,
                                   uint16_t base, a9n_descriptor_t interrupt_port,
                                   a9n_descriptor_t notification)
{
    *console = (struct serial_console){io_port, interrupt_port, notification, base};
    const uint8_t setup[][2] = {
        {UART_IER, 0},
        {UART_LCR, LCR_DLAB},
        {UART_DATA, DIVISOR_115200},
        {UART_IER, 0},
        {UART_LCR, LCR_8N1},
        {UART_FCR, FCR_ENABLE_CLEAR},
        {UART_MCR, MCR_DTR_RTS_OUT2},
    };
    for (size_t i = 0; i < sizeof(setup) / sizeof(setup[0]); i++) {
        enum a9n_error error = serial_console_out(console, setup[i][0], setup[i][1]);
        if (error != A9N_OK)
            return error;
    }
    enum a9n_error error = a9n_interrupt_port_bind_notification(interrupt_port, notification);
    if (error != A9N_OK)
        return error;
    return serial_console_out(console, UART_IER, IER_RECEIVED_DATA);
}

/* Wait until the transmitter takes a byte; a UART that never drains (none
 * there) gets the byte anyway after a bounded wait, so output cannot hang. */
static enum a9n_error serial_console_put(const struct serial_console *console, uint8_t byte)
{
    uint8_t status = 0;
    for (unsigned spins = 0; spins < TRANSMIT_SPIN_LIMIT && !(status & LSR_THR_EMPTY); spins++) {
        enum a9n_error error = serial_console_in(console, UART_LSR, &status);
        if (error != A9N_OK)
            return error;
    }
    return serial_console_out(console, UART_DATA, byte);
}

/* THR empty means the whole transmit FIFO is empty (FIFOs are on), so up to
 * UART_FIFO_SIZE bytes go in after one status check: half the I/O port
 * calls of checking before every byte. */
enum a9n_error serial_console_write(const struct serial_console *console, const char *text,
                                    size_t length)
{
    size_t i = 0;
    while (i < length) {
        enum a9n_error error = serial_console_put(console, (uint8_t)text[i++]);
        for (unsigned burst = 1; error == A9N_OK && burst < UART_FIFO_SIZE && i < length; burst++)
            error = serial_console_out(console, UART_DATA, (uint8_t)text[i++]);
        if (error != A9N_OK)
            return error;
    }
    return A9N_OK;
}

enum a9n_error serial_console_read(const struct serial_console *console, uint8_t *byte)
{
    for (;;) {
        uint8_t status = 0;
        enum a9n_error error = serial_console_in(console, UART_LSR, &status);
        if (error != A9N_OK)
            return error;
        if (status & LSR_DATA_READY)
            return serial_console_in(console, UART_DATA, byte);
        error = a9n_notification_port_wait(console->notification, 0);
        if (error == A9N_OK)
            error = a9n_interrupt_port_acknowledge(console->interrupt_port);
        if (error != A9N_OK)
            return error;
    }
}

enum a9n_error serial_console_try_read(const struct serial_console *console, uint8_t *byte)
{
    uint8_t status = 0;
    enum a9n_error error = serial_console_in(console, UART_LSR, &status);
    if (error != A9N_OK)
        return error;
    /* A byte taken here may leave the line's interrupt signalled: serial_console_read checks
     * the receiver before it waits, so the stale signal costs one more look. */
    if ((status & LSR_DATA_READY) == 0)
        return A9N_ERROR_WOULD_BLOCK;
    return serial_console_in(console, UART_DATA, byte);
}

enum a9n_error serial_console_greet(const struct serial_console *console)
{
    return serial_console_write(console, serial_console_banner, sizeof(serial_console_banner) - 1);
}

enum a9n_error serial_console_echo(const struct serial_console *console, uint8_t stop,
                                   uint64_t *echoed)
{
    *echoed = 0;
    for (;;) {
        uint8_t byte = 0;
        enum a9n_error error = serial_console_read(console, &byte);
        if (error == A9N_OK)
            error = serial_console_put(console, byte);
        if (error != A9N_OK)
            return error;
        ++*echoed;
        if (byte == stop)
            return A9N_OK;
    }
}

enum a9n_error serial_console_stop(const struct serial_console *console)
{
    enum a9n_error error = serial_console_out(console, UART_IER, 0);
    if (error == A9N_OK)
        error = a9n_interrupt_port_unbind_notification(console->interrupt_port);
    return error;
}

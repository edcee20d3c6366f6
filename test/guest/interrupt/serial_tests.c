/*
 * The KOITO serial console driver (koito/drivers/serial), run on COM2 with
 * capabilities issued here: its banner goes to the console (the boot test
 * expects it), then the UART is put in loopback so that bytes it sends come
 * back as input, and the driver echoes them until the stop byte.
 */
#include "fixture.h"
#include "serial_console.h"
#include "tests.h"

#include <guest_test.h>

#define UART_IER     (COM2 + 1)
#define UART_FCR     (COM2 + 2)
#define UART_MCR     (COM2 + 4)
#define MCR_LOOPBACK 0x1bu /* DTR, RTS, OUT2, loopback */
#define MCR_KERNEL   0x03u /* DTR, RTS: what the kernel's console set */
#define FCR_KERNEL   0xc7u
#define BADGE        0x1u

void test_serial_driver(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_interrupt_region_issue_port(interrupt_region(), SERIAL_CONSOLE_COM2_LINE,
                                                   A9N_DESCRIPTOR_ROOT, fixture_scratch + 0),
                   A9N_OK);
    issue_com2(1);
    make_notification(2, 3, BADGE, A9N_RIGHTS_ALL);
    struct serial_console console;
    GUEST_CHECK_EQ(
        serial_console_init(&console, scratch(1), SERIAL_CONSOLE_COM2, scratch(0), scratch(3)),
        A9N_OK);
    GUEST_CHECK_EQ(serial_console_greet(&console), A9N_OK);

    GUEST_CHECK_EQ(a9n_io_port_write(scratch(1), UART_MCR, 1, MCR_LOOPBACK), A9N_OK);
    GUEST_CHECK_EQ(serial_console_write(&console, "ab!", 3), A9N_OK);
    uint64_t echoed = 0;
    GUEST_CHECK_EQ(serial_console_echo(&console, '!', &echoed), A9N_OK);
    GUEST_CHECK_EQ(echoed, 3);
    /* The echoes came back through the loopback in order. */
    uint8_t byte = 0;
    GUEST_CHECK_EQ(serial_console_read(&console, &byte), A9N_OK);
    GUEST_CHECK_EQ(byte, 'a');
    GUEST_CHECK_EQ(serial_console_read(&console, &byte), A9N_OK);
    GUEST_CHECK_EQ(byte, 'b');
    GUEST_CHECK_EQ(serial_console_read(&console, &byte), A9N_OK);
    GUEST_CHECK_EQ(byte, '!');

    GUEST_CHECK_EQ(serial_console_stop(&console), A9N_OK);
    GUEST_CHECK_EQ(a9n_interrupt_port_acknowledge(scratch(0)), A9N_ERROR_NOT_MAPPED);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(1), UART_MCR, 1, MCR_KERNEL), A9N_OK);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(1), UART_FCR, 1, FCR_KERNEL), A9N_OK);
    uint64_t interrupts = 1;
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(1), UART_IER, 1, &interrupts), A9N_OK);
    GUEST_CHECK_EQ(interrupts, 0);
    fixture_end();
}

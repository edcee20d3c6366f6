/*
 * driver (examples): a user-level device driver. The boot configuration grants it the PIT's four
 * I/O ports (0x40..0x43) and the interrupt port of its line, nothing else; no other program in
 * this image drives the PIT. The driver programs the PIT as a 100 Hz rate generator, counts
 * DRIVER_TICKS interrupts (acknowledging each, which unmasks the line again), reads the running
 * counter through its ports, and shows that every port outside its range is refused.
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/slots.h>
#include <stdio.h>

#define PIT_CHANNEL_0 0x40u
#define PIT_COMMAND   0x43u
#define PIT_RATE_LOHI 0x34u /* channel 0, low then high byte, mode 2 (rate generator), binary */
#define PIT_LATCH_0   0x00u /* channel 0: latch the count for reading */
#define PIT_HZ        1193182u
#define DRIVER_HZ     100u
#define DRIVER_RELOAD (PIT_HZ / DRIVER_HZ)
#define DRIVER_TICKS  10u

static int failed(const char *what, enum a9n_error error)
{
    printf("driver: FAILED: %s: %s\n", what, koito_a9n_error_name(error));
    return 1;
}

/* The count channel 0 runs down from DRIVER_RELOAD, read as the PIT wants: latch, low, high. */
static enum a9n_error pit_read_count(a9n_descriptor_t pit, uint64_t *count)
{
    uint64_t low = 0;
    uint64_t high = 0;
    enum a9n_error error = a9n_io_port_write(pit, PIT_COMMAND, 1, PIT_LATCH_0);
    if (error == A9N_OK)
        error = a9n_io_port_read(pit, PIT_CHANNEL_0, 1, &low);
    if (error == A9N_OK)
        error = a9n_io_port_read(pit, PIT_CHANNEL_0, 1, &high);
    *count = high << 8 | low;
    return error;
}

/* An access outside the granted range must be refused; 1 if it was not. */
static int outside(a9n_descriptor_t pit, uint64_t port, const char *what)
{
    uint64_t value;
    enum a9n_error error = a9n_io_port_read(pit, port, 1, &value);
    printf("driver: read port %#llx (%s): %s\n", (unsigned long long)port, what,
           koito_a9n_error_name(error));
    return error == A9N_ERROR_INVALID_ARGUMENT ? 0 : 1;
}

int main(void)
{
    a9n_descriptor_t pit = koito_capability("pit");
    a9n_descriptor_t interrupt = koito_capability("pit-interrupt");
    if (koito_capability_type("pit") != A9N_OBJECT_IO_PORT ||
        koito_capability_type("pit-interrupt") != A9N_OBJECT_INTERRUPT_PORT) {
        printf("driver: FAILED: the configuration must grant pit and pit-interrupt\n");
        return 1;
    }

    /* The line signals a notification; the driver makes one from its own memory. */
    uint64_t notification;
    enum a9n_error error = koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &notification);
    if (error != A9N_OK)
        return failed("making a notification", error);
    error = a9n_interrupt_port_bind_notification(interrupt, koito_slot(notification));
    if (error != A9N_OK)
        return failed("binding the interrupt", error);

    /* Start the PIT last, so no interrupt comes before anyone listens. */
    error = a9n_io_port_write(pit, PIT_COMMAND, 1, PIT_RATE_LOHI);
    if (error == A9N_OK)
        error = a9n_io_port_write(pit, PIT_CHANNEL_0, 1, DRIVER_RELOAD & 0xff);
    if (error == A9N_OK)
        error = a9n_io_port_write(pit, PIT_CHANNEL_0, 1, DRIVER_RELOAD >> 8);
    if (error != A9N_OK)
        return failed("programming the PIT", error);
    printf("driver: PIT channel 0 runs at %u Hz (reload %u)\n", DRIVER_HZ, DRIVER_RELOAD);

    unsigned ticks = 0;
    while (ticks < DRIVER_TICKS) {
        uint64_t bits = 0;
        error = a9n_notification_port_wait(koito_slot(notification), &bits);
        if (error != A9N_OK)
            return failed("waiting for the interrupt", error);
        ticks++;
        /* The kernel masked the line when it fired; acknowledging unmasks it for the next one. */
        error = a9n_interrupt_port_acknowledge(interrupt);
        if (error != A9N_OK)
            return failed("acknowledging the interrupt", error);
    }
    printf("driver: counted %u interrupts of IRQ 0, each acknowledged\n", ticks);

    uint64_t count;
    error = pit_read_count(pit, &count);
    if (error != A9N_OK)
        return failed("reading the counter", error);
    if (count > DRIVER_RELOAD) {
        printf("driver: FAILED: the counter reads %llu, above the reload\n",
               (unsigned long long)count);
        return 1;
    }
    printf("driver: the counter reads %llu (of %u): the device answers through its ports\n",
           (unsigned long long)count, DRIVER_RELOAD);

    /* Stop the PIT: a mode-0 control word holds its output low until a count is written. */
    a9n_io_port_write(pit, PIT_COMMAND, 1, 0x30);
    a9n_interrupt_port_unbind_notification(interrupt);

    int wrong = outside(pit, PIT_CHANNEL_0 - 1, "just below the range") +
                outside(pit, PIT_COMMAND + 1, "just above the range") +
                outside(pit, 0x70, "the CMOS clock") + outside(pit, 0x3f8, "COM1, the kernel's");
    /* A wider range cannot be derived from a narrower one either. */
    uint64_t slot = koito_slot_allocate(1);
    error = a9n_io_port_issue_range(pit, PIT_CHANNEL_0, 8, koito_slot(KOITO_SLOT_NODE), slot);
    printf("driver: derive ports 0x40..0x47 from its range: %s\n", koito_a9n_error_name(error));
    if (error != A9N_ERROR_INVALID_ARGUMENT)
        wrong++;
    if (wrong != 0) {
        printf("driver: FAILED: %d accesses outside its range were not refused\n", wrong);
        return 1;
    }
    printf("driver: every port outside 0x40..0x43 was refused\n");
    return 0;
}

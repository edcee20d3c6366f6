/*
 * The timer service program (KOITO server): sets the service up from the capabilities KOITO init
 * gave it and serves until its port goes away.
 *
 * Its capabilities, found by name (<koito/capabilities.h>):
 *   timer          the service's IPC port (`grant = port:timer`); init mints every process
 *                  started after it a copy badged with its process id into KOITO_SLOT_TIMER
 *   pit            the PIT's I/O ports, 0x40..0x43
 *   pit-interrupt  the PIT's interrupt line (ISA IRQ 0)
 * It makes the interrupt's notification from its own memory and binds it to its thread, so the
 * server loop's receive also returns for the interrupt. It exits with status 1, saying why, if a
 * capability is missing or cannot be set up.
 */
#include "pit.h"
#include "timer_server.h"

#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <stdio.h>

#define TIMER_INTERRUPT_BADGE 1u

static struct timer_server timer_server;

static int timer_fail(const char *what, enum a9n_error error)
{
    printf("koito-timer: %s (%s)\n", what, koito_a9n_error_name(error));
    return 1;
}

int main(void)
{
    if (koito_capability_type("timer") != A9N_OBJECT_IPC_PORT ||
        koito_capability_type("pit") != A9N_OBJECT_IO_PORT ||
        koito_capability_type("pit-interrupt") != A9N_OBJECT_INTERRUPT_PORT) {
        printf("koito-timer: needs the grants port:timer, pit and pit-interrupt\n");
        return 1;
    }
    uint64_t receive = koito_slot_allocate(1);
    uint64_t table = koito_slot_allocate(TIMER_QUEUE_CAPACITY);
    uint64_t notification = 0;
    if (receive == 0 || table == 0)
        return timer_fail("too few free slots in its node", A9N_ERROR_INDEX_OUT_OF_RANGE);
    enum a9n_error error = koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &notification);
    if (error != A9N_OK)
        return timer_fail("no memory for its notification", error);
    /* The interrupt signals through a badged copy: a signal carries its capability's badge. */
    uint64_t badged = koito_slot_allocate(1);
    if (badged == 0)
        return timer_fail("too few free slots in its node", A9N_ERROR_INDEX_OUT_OF_RANGE);
    a9n_descriptor_t interrupt = koito_capability("pit-interrupt");
    error = pit_stop(koito_capability("pit"));
    if (error != A9N_OK)
        return timer_fail("cannot program the PIT", error);
    error = a9n_node_mint(koito_slot(KOITO_SLOT_NODE), koito_slot(badged), koito_slot(notification),
                          A9N_RIGHT_READ | A9N_RIGHT_WRITE, TIMER_INTERRUPT_BADGE);
    if (error == A9N_OK)
        error =
            a9n_thread_bind_notification(koito_slot(KOITO_SLOT_THREAD), koito_slot(notification));
    if (error == A9N_OK)
        error = a9n_interrupt_port_bind_notification(interrupt, koito_slot(badged));
    if (error != A9N_OK)
        return timer_fail("cannot bind the PIT's interrupt", error);
    struct timer_server_config config = {
        .port = koito_capability("timer"),
        .ipc_buffer = koito_ipc_buffer(),
        .receive = koito_slot(receive),
        .pit = koito_capability("pit"),
        .interrupt = interrupt,
        .node_radix = koito_node_radix(),
        .table_slot = (unsigned)table,
    };
    timer_server_init(&timer_server, &config);
    error = timer_server_run(&timer_server);
    printf("koito-timer: the port went away (%s)\n", koito_a9n_error_name(error));
    return 1;
}

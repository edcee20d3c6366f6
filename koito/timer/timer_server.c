/*
 * The timer service's handlers and loop (KOITO server); see timer_server.h. The generated
 * dispatch has checked every request (label, length, the capability's presence) before a handler
 * here runs.
 *
 * After every change to the table the server fires what has expired and arms the PIT for the
 * earliest deadline left (the PIT reaches at most 54.9 ms ahead: a later deadline takes several
 * interrupts). A fired timer's notification is signalled once and the server's copy deleted.
 * When a client's process ends, init revokes what it held, which empties the server's copies of
 * its notifications: such timers are dropped when they fire, and before the table counts as
 * full (and on status), so an ended client's timers never block anyone.
 */
#include "timer_server.h"

#include "pit.h"

#include <koito/protocol/timer_server.h>
#include <time.h>

static a9n_descriptor_t timer_server_slot(const struct timer_server *server, unsigned index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, server->config.node_radix,
                                server->config.table_slot + index);
}

static uint64_t timer_server_now(void)
{
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0)
        return 0;
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

static void timer_server_drop(struct timer_server *server, unsigned index)
{
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, timer_server_slot(server, index));
    timer_queue_remove(&server->queue, index);
}

/* Fire every expired timer, then arm the PIT for the earliest one left. */
static void timer_server_update(struct timer_server *server)
{
    for (;;) {
        uint64_t now = timer_server_now();
        unsigned index;
        while (timer_queue_expired(&server->queue, now, &index)) {
            a9n_notification_port_signal(timer_server_slot(server, index));
            timer_server_drop(server, index);
        }
        uint64_t next = timer_queue_next(&server->queue);
        if (next == TIMER_QUEUE_NONE)
            return;
        /* The clock moved on while firing: check again rather than arm for the past. */
        now = timer_server_now();
        if (next > now) {
            pit_arm(server->config.pit, next - now);
            return;
        }
    }
}

/* Drop the timers whose notification is gone (their process ended). */
static void timer_server_sweep(struct timer_server *server)
{
    for (unsigned i = 0; i < TIMER_QUEUE_CAPACITY; i++) {
        if (!server->queue.entries[i].used)
            continue;
        enum a9n_object_type type = A9N_OBJECT_NONE;
        if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, timer_server_slot(server, i), &type, 0, 0) ==
                A9N_OK &&
            type == A9N_OBJECT_NONE)
            timer_queue_remove(&server->queue, i);
    }
}

static enum koito_timer_error timer_server_arm(void *context, uint64_t badge, uint64_t deadline,
                                               a9n_descriptor_t notification, uint64_t *timer)
{
    struct timer_server *server = context;
    enum a9n_object_type type = A9N_OBJECT_NONE;
    a9n_rights_t rights = 0;
    if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, notification, &type, &rights, 0) != A9N_OK ||
        type != A9N_OBJECT_NOTIFICATION_PORT || !(rights & A9N_RIGHT_WRITE))
        return KOITO_TIMER_ERROR_NOT_A_NOTIFICATION;
    unsigned index;
    enum timer_queue_result added = timer_queue_add(&server->queue, badge, deadline, &index, timer);
    if (added == TIMER_QUEUE_FULL) {
        timer_server_sweep(server);
        added = timer_queue_add(&server->queue, badge, deadline, &index, timer);
    }
    if (added != TIMER_QUEUE_OK)
        return KOITO_TIMER_ERROR_TOO_MANY_TIMERS;
    enum a9n_error moved =
        a9n_node_move(A9N_DESCRIPTOR_ROOT, timer_server_slot(server, index), notification);
    if (moved != A9N_OK) {
        timer_queue_remove(&server->queue, index);
        return (enum koito_timer_error)moved;
    }
    timer_server_update(server);
    return KOITO_TIMER_OK;
}

static enum koito_timer_error timer_server_cancel(void *context, uint64_t badge, uint64_t timer)
{
    struct timer_server *server = context;
    unsigned index;
    if (timer_queue_find(&server->queue, badge, timer, &index) != TIMER_QUEUE_OK)
        return KOITO_TIMER_ERROR_UNKNOWN_TIMER;
    timer_server_drop(server, index);
    return KOITO_TIMER_OK;
}

static enum koito_timer_error timer_server_status(void *context, uint64_t badge, uint64_t *pending,
                                                  uint64_t *free)
{
    struct timer_server *server = context;
    timer_server_sweep(server);
    *pending = timer_queue_client_count(&server->queue, badge);
    *free = TIMER_QUEUE_CAPACITY - server->queue.used;
    return KOITO_TIMER_OK;
}

/* The PIT's interrupt: acknowledge it first, so that the line can raise the next one while the
 * server fires what is due and arms the PIT again (an edge raised before the acknowledgement, by
 * a count of a tick or two, would be lost, and with it every later timer). */
static void timer_server_interrupt(void *context, uint64_t bits)
{
    struct timer_server *server = context;
    (void)bits;
    a9n_interrupt_port_acknowledge(server->config.interrupt);
    timer_server_update(server);
}

static const struct koito_timer_handlers timer_server_handlers = {
    .arm = timer_server_arm,
    .cancel = timer_server_cancel,
    .status = timer_server_status,
};

void timer_server_init(struct timer_server *server, const struct timer_server_config *config)
{
    server->config = *config;
    timer_queue_init(&server->queue);
    koito_timer_server_init(&server->loop, config->port, config->ipc_buffer, &timer_server_handlers,
                            server);
    server->loop.receive_slot = config->receive;
    server->loop.notified = timer_server_interrupt;
}

enum a9n_error timer_server_run(struct timer_server *server)
{
    return koito_timer_serve(&server->loop, &timer_server_handlers);
}

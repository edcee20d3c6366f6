/*
 * The timer service (KOITO server, koito/timer): signals a client's notification port when the
 * monotonic clock reaches the deadline the client asked for (koito/protocol/timer.json), driven
 * by the PIT's interrupt. Every process started after it gets a capability to it in
 * KOITO_SLOT_TIMER, badged with its process id; KOITO-libc's sleeps and timed waits use it.
 *
 * Files: timer_queue.c the table of pending timers (host-tested), pit.c the hardware,
 * timer_server.c the handlers and the loop, main.c the program, generated/ the dispatch.
 */
#ifndef KOITO_TIMER_SERVER_H
#define KOITO_TIMER_SERVER_H

#include "timer_queue.h"

#include <a9n/a9n.h>
#include <koito/server.h>

/* What the server needs, as descriptors in its own capability space. */
struct timer_server_config {
    a9n_descriptor_t port;      /* its IPC port, to receive and reply */
    uint64_t *ipc_buffer;       /* the serving thread's IPC buffer */
    a9n_descriptor_t receive;   /* an empty slot where clients' notifications arrive */
    a9n_descriptor_t pit;       /* the PIT's ports, 0x40..0x43 */
    a9n_descriptor_t interrupt; /* the PIT's interrupt port, bound to the thread's notification */
    unsigned node_radix;        /* the radix of its root node */
    unsigned table_slot;        /* first of TIMER_QUEUE_CAPACITY empty root slots */
};

struct timer_server {
    struct timer_server_config config;
    struct timer_queue queue;
    struct koito_server loop;
};

void timer_server_init(struct timer_server *server, const struct timer_server_config *config);

/* Serve until the port goes away; returns the kernel's error then. */
enum a9n_error timer_server_run(struct timer_server *server);

#endif

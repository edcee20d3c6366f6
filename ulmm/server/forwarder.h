/*
 * The fault forwarder: hands the faults ULMM cannot resolve to the supervisor without ever
 * blocking ULMM's serving thread.
 *
 * Layer: ULMM server (guest). The supervisor (KOITO init) also calls ULMM (it opens and closes
 * sessions), so a serving thread that called the supervisor while the supervisor called ULMM
 * would deadlock both. Instead the serving thread queues the fault (ulmm_forwarder_push) and
 * signals a notification; a thread of its own (ulmm_forwarder_run) calls the supervisor with each
 * queued fault, one at a time. The queue has one producer and one consumer and needs no lock.
 */
#ifndef ULMM_SERVER_FORWARDER_H
#define ULMM_SERVER_FORWARDER_H

#include <a9n/a9n.h>
#include <stdbool.h>
#include <stdint.h>

#define ULMM_FORWARDER_QUEUE 256u /* faults waiting at most */
#define ULMM_FORWARDER_WORDS 5u   /* the kernel's fault words 0..3, the session's handle */

struct ulmm_forwarder {
    a9n_descriptor_t supervisor;   /* called with each fault */
    a9n_descriptor_t notification; /* signalled when a fault is queued */
    uint64_t head;                 /* next to forward: the forwarding thread's */
    uint64_t tail;                 /* next free entry: the serving thread's */
    uint64_t dropped;              /* faults lost to a full queue (their threads stay stopped) */
    uint64_t faults[ULMM_FORWARDER_QUEUE][ULMM_FORWARDER_WORDS];
};

void ulmm_forwarder_init(struct ulmm_forwarder *forwarder, a9n_descriptor_t supervisor,
                         a9n_descriptor_t notification);

/* Queue a fault (serving thread); false if the queue is full. */
bool ulmm_forwarder_push(struct ulmm_forwarder *forwarder,
                         const uint64_t words[ULMM_FORWARDER_WORDS]);

/* The forwarding thread's body: forwards queued faults for ever (argument: the forwarder). */
void ulmm_forwarder_run(void *forwarder);

#endif

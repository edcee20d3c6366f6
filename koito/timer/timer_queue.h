/*
 * The timer service's table of pending timers (KOITO server, koito/timer): pure bookkeeping,
 * with no kernel calls, so it builds and is tested on the host
 * (test/host/koito/timer_queue_test.c).
 *
 * An entry is a client (the badge of its capability), a deadline in nanoseconds of the monotonic
 * clock and a generation. Entry i's notification capability lives in the server's slot i; the
 * server moves it in after timer_queue_add and deletes it when the entry goes. A timer's number
 * is its generation << 16 | its index, so a number held after the entry went (fired, cancelled)
 * never names the entry's next timer. Finding the earliest deadline scans the table: at most
 * TIMER_QUEUE_CAPACITY entries, a bound kept small on purpose.
 */
#ifndef KOITO_TIMER_QUEUE_H
#define KOITO_TIMER_QUEUE_H

#include <koito/protocol/timer.h>
#include <stdbool.h>
#include <stdint.h>

#define TIMER_QUEUE_CAPACITY   KOITO_TIMER_CAPACITY
#define TIMER_QUEUE_CLIENT_MAX KOITO_TIMER_CLIENT_MAX
#define TIMER_QUEUE_NONE       UINT64_MAX /* no deadline: nothing pending */

enum timer_queue_result {
    TIMER_QUEUE_OK,
    TIMER_QUEUE_FULL,    /* the client's or the table's limit */
    TIMER_QUEUE_UNKNOWN, /* no such pending timer of this client */
};

struct timer_entry {
    uint64_t deadline;
    uint64_t client;
    uint32_t generation;
    bool used;
};

struct timer_queue {
    struct timer_entry entries[TIMER_QUEUE_CAPACITY];
    unsigned used;
};

void timer_queue_init(struct timer_queue *queue);
/* A new timer for client at deadline: its table index and number. */
enum timer_queue_result timer_queue_add(struct timer_queue *queue, uint64_t client,
                                        uint64_t deadline, unsigned *index, uint64_t *number);
/* The index of client's pending timer `number`. */
enum timer_queue_result timer_queue_find(const struct timer_queue *queue, uint64_t client,
                                         uint64_t number, unsigned *index);
void timer_queue_remove(struct timer_queue *queue, unsigned index);
/* The earliest deadline pending, TIMER_QUEUE_NONE if none. */
uint64_t timer_queue_next(const struct timer_queue *queue);
/* The index of a timer whose deadline is at or before now; false if there is none. */
bool timer_queue_expired(const struct timer_queue *queue, uint64_t now, unsigned *index);
/* Timers client has pending. */
unsigned timer_queue_client_count(const struct timer_queue *queue, uint64_t client);

#endif

/*
 * The timer service's table of pending timers (KOITO server); see timer_queue.h.
 */
#include "timer_queue.h"

#define TIMER_INDEX_BITS 16u
#define TIMER_INDEX_MASK ((1u << TIMER_INDEX_BITS) - 1u)

_Static_assert(TIMER_QUEUE_CAPACITY <= TIMER_INDEX_MASK + 1u, "an index fits its 16 bits");

void timer_queue_init(struct timer_queue *queue)
{
    *queue = (struct timer_queue){.used = 0};
}

unsigned timer_queue_client_count(const struct timer_queue *queue, uint64_t client)
{
    unsigned count = 0;
    for (unsigned i = 0; i < TIMER_QUEUE_CAPACITY; i++)
        count += queue->entries[i].used && queue->entries[i].client == client;
    return count;
}

enum timer_queue_result timer_queue_add(struct timer_queue *queue, uint64_t client,
                                        uint64_t deadline, unsigned *index, uint64_t *number)
{
    if (queue->used == TIMER_QUEUE_CAPACITY ||
        timer_queue_client_count(queue, client) >= TIMER_QUEUE_CLIENT_MAX)
        return TIMER_QUEUE_FULL;
    unsigned free = 0;
    while (queue->entries[free].used)
        free++;
    struct timer_entry *entry = &queue->entries[free];
    entry->used = true;
    entry->client = client;
    entry->deadline = deadline;
    entry->generation++;
    queue->used++;
    *index = free;
    *number = (uint64_t)entry->generation << TIMER_INDEX_BITS | free;
    return TIMER_QUEUE_OK;
}

enum timer_queue_result timer_queue_find(const struct timer_queue *queue, uint64_t client,
                                         uint64_t number, unsigned *index)
{
    uint64_t slot = number & TIMER_INDEX_MASK;
    if (slot >= TIMER_QUEUE_CAPACITY || number >> TIMER_INDEX_BITS > UINT32_MAX)
        return TIMER_QUEUE_UNKNOWN;
    const struct timer_entry *entry = &queue->entries[slot];
    if (!entry->used || entry->client != client ||
        entry->generation != (uint32_t)(number >> TIMER_INDEX_BITS))
        return TIMER_QUEUE_UNKNOWN;
    *index = (unsigned)slot;
    return TIMER_QUEUE_OK;
}

void timer_queue_remove(struct timer_queue *queue, unsigned index)
{
    if (index >= TIMER_QUEUE_CAPACITY || !queue->entries[index].used)
        return;
    queue->entries[index].used = false;
    queue->used--;
}

uint64_t timer_queue_next(const struct timer_queue *queue)
{
    uint64_t next = TIMER_QUEUE_NONE;
    for (unsigned i = 0; i < TIMER_QUEUE_CAPACITY; i++) {
        if (queue->entries[i].used && queue->entries[i].deadline < next)
            next = queue->entries[i].deadline;
    }
    return next;
}

bool timer_queue_expired(const struct timer_queue *queue, uint64_t now, unsigned *index)
{
    for (unsigned i = 0; i < TIMER_QUEUE_CAPACITY; i++) {
        if (queue->entries[i].used && queue->entries[i].deadline <= now) {
            *index = i;
            return true;
        }
    }
    return false;
}

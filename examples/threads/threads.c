/*
 * threads (examples): POSIX threads on KOITO. Producers and consumers share a bounded queue guarded
 * by one mutex and two condition variables; main joins every thread and checks that each item
 * was consumed exactly once, by comparing counts and sums with what the producers made.
 */
#include <pthread.h>
#include <stdio.h>

#define PRODUCERS      3
#define CONSUMERS      3
#define ITEMS_EACH     1000 /* per producer */
#define QUEUE_CAPACITY 8    /* small, so producers really wait for consumers */

/* The queue: a ring of QUEUE_CAPACITY items; every field is guarded by `lock`. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t not_full;  /* signalled when an item leaves */
    pthread_cond_t not_empty; /* signalled when an item arrives or the producers are done */
    long items[QUEUE_CAPACITY];
    unsigned head;
    unsigned count;
    unsigned producers_left; /* consumers stop once this is 0 and the queue is empty */
} queue = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .not_full = PTHREAD_COND_INITIALIZER,
    .not_empty = PTHREAD_COND_INITIALIZER,
    .producers_left = PRODUCERS,
};

/* What each consumer took; written by its own thread, read by main after the join. */
struct tally {
    long items;
    long sum;
};

static void *producer(void *argument)
{
    (void)argument;
    for (long value = 1; value <= ITEMS_EACH; value++) {
        pthread_mutex_lock(&queue.lock);
        /* A loop, not an if: a wakeup may be spurious or another producer may fill the slot first.
         */
        while (queue.count == QUEUE_CAPACITY)
            pthread_cond_wait(&queue.not_full, &queue.lock);
        queue.items[(queue.head + queue.count) % QUEUE_CAPACITY] = value;
        queue.count++;
        pthread_cond_signal(&queue.not_empty);
        pthread_mutex_unlock(&queue.lock);
    }
    pthread_mutex_lock(&queue.lock);
    /* The last producer wakes every consumer, so none waits for an item that never comes. */
    if (--queue.producers_left == 0)
        pthread_cond_broadcast(&queue.not_empty);
    pthread_mutex_unlock(&queue.lock);
    return NULL;
}

static void *consumer(void *argument)
{
    struct tally *tally = argument;
    for (;;) {
        pthread_mutex_lock(&queue.lock);
        while (queue.count == 0 && queue.producers_left > 0)
            pthread_cond_wait(&queue.not_empty, &queue.lock);
        if (queue.count == 0) {
            pthread_mutex_unlock(&queue.lock);
            return tally;
        }
        long value = queue.items[queue.head];
        queue.head = (queue.head + 1) % QUEUE_CAPACITY;
        queue.count--;
        pthread_cond_signal(&queue.not_full);
        pthread_mutex_unlock(&queue.lock);
        tally->items++;
        tally->sum += value;
    }
}

int main(void)
{
    pthread_t producers[PRODUCERS];
    pthread_t consumers[CONSUMERS];
    struct tally tallies[CONSUMERS] = {{0, 0}};

    for (int i = 0; i < CONSUMERS; i++) {
        if (pthread_create(&consumers[i], NULL, consumer, &tallies[i]) != 0) {
            printf("threads: FAILED: cannot start consumer %d\n", i);
            return 1;
        }
    }
    for (int i = 0; i < PRODUCERS; i++) {
        if (pthread_create(&producers[i], NULL, producer, NULL) != 0) {
            printf("threads: FAILED: cannot start producer %d\n", i);
            return 1;
        }
    }

    long items = 0;
    long sum = 0;
    for (int i = 0; i < PRODUCERS; i++)
        pthread_join(producers[i], NULL);
    for (int i = 0; i < CONSUMERS; i++) {
        void *result;
        pthread_join(consumers[i], &result);
        /* pthread_join hands back what the thread returned: here its own tally. */
        const struct tally *tally = result;
        printf("threads: consumer %d took %ld items\n", i, tally->items);
        items += tally->items;
        sum += tally->sum;
    }

    long expected_items = (long)PRODUCERS * ITEMS_EACH;
    long expected_sum = (long)PRODUCERS * ITEMS_EACH * (ITEMS_EACH + 1) / 2;
    if (items != expected_items || sum != expected_sum) {
        printf("threads: FAILED: %ld items with sum %ld, expected %ld with sum %ld\n", items, sum,
               expected_items, expected_sum);
        return 1;
    }
    printf("threads: %d producers and %d consumers passed %ld items through a queue of %d, "
           "sum %ld: as expected\n",
           PRODUCERS, CONSUMERS, items, QUEUE_CAPACITY, sum);
    return 0;
}

/*
 * Host unit tests of the timer service's table (koito/timer/timer_queue.c): adding, finding,
 * removing, the earliest deadline, expiry in any order, the per-client and table limits, and
 * numbers that outlive their timer (fired or cancelled) never naming the slot's next timer.
 */
#include "timer_queue.h"

#include <check.h>

static void test_add_find_remove(void)
{
    static struct timer_queue queue;
    timer_queue_init(&queue);
    CHECK_EQ(timer_queue_next(&queue), TIMER_QUEUE_NONE);
    unsigned a = 99, b = 99, found = 99;
    uint64_t number_a = 0, number_b = 0;
    CHECK_EQ(timer_queue_add(&queue, 7, 500, &a, &number_a), TIMER_QUEUE_OK);
    CHECK_EQ(timer_queue_add(&queue, 8, 300, &b, &number_b), TIMER_QUEUE_OK);
    CHECK(a != b);
    CHECK(number_a != number_b);
    CHECK_EQ(timer_queue_find(&queue, 7, number_a, &found), TIMER_QUEUE_OK);
    CHECK_EQ(found, a);
    /* Another client's number, or a made-up one, is unknown. */
    CHECK_EQ(timer_queue_find(&queue, 7, number_b, &found), TIMER_QUEUE_UNKNOWN);
    CHECK_EQ(timer_queue_find(&queue, 7, 0xffff, &found), TIMER_QUEUE_UNKNOWN);
    CHECK_EQ(timer_queue_find(&queue, 7, UINT64_MAX, &found), TIMER_QUEUE_UNKNOWN);
    CHECK_EQ(timer_queue_client_count(&queue, 7), 1);
    CHECK_EQ(timer_queue_next(&queue), 300);
    timer_queue_remove(&queue, b);
    CHECK_EQ(timer_queue_next(&queue), 500);
    timer_queue_remove(&queue, b); /* twice: nothing happens */
    CHECK_EQ(queue.used, 1);
    timer_queue_remove(&queue, TIMER_QUEUE_CAPACITY); /* out of range: nothing happens */
    CHECK_EQ(queue.used, 1);
    /* The slot's next timer gets a new number; the old one stays unknown. */
    unsigned again = 99;
    uint64_t number_again = 0;
    CHECK_EQ(timer_queue_add(&queue, 8, 900, &again, &number_again), TIMER_QUEUE_OK);
    CHECK_EQ(again, b);
    CHECK(number_again != number_b);
    CHECK_EQ(timer_queue_find(&queue, 8, number_b, &found), TIMER_QUEUE_UNKNOWN);
    CHECK_EQ(timer_queue_find(&queue, 8, number_again, &found), TIMER_QUEUE_OK);
}

static void test_expiry(void)
{
    static struct timer_queue queue;
    timer_queue_init(&queue);
    static const uint64_t deadlines[] = {40, 10, 30, 20, 10};
    unsigned index;
    uint64_t number;
    for (unsigned i = 0; i < 5; i++)
        CHECK_EQ(timer_queue_add(&queue, 1, deadlines[i], &index, &number), TIMER_QUEUE_OK);
    CHECK(!timer_queue_expired(&queue, 9, &index));
    unsigned fired = 0;
    while (timer_queue_expired(&queue, 30, &index)) {
        CHECK(queue.entries[index].deadline <= 30);
        timer_queue_remove(&queue, index);
        fired++;
    }
    CHECK_EQ(fired, 4);
    CHECK_EQ(timer_queue_next(&queue), 40);
    CHECK(timer_queue_expired(&queue, UINT64_MAX - 1, &index));
}

static void test_limits(void)
{
    static struct timer_queue queue;
    timer_queue_init(&queue);
    unsigned index;
    uint64_t number;
    for (unsigned i = 0; i < TIMER_QUEUE_CLIENT_MAX; i++)
        CHECK_EQ(timer_queue_add(&queue, 1, 100 + i, &index, &number), TIMER_QUEUE_OK);
    CHECK_EQ(timer_queue_add(&queue, 1, 5, &index, &number), TIMER_QUEUE_FULL);
    CHECK_EQ(queue.used, TIMER_QUEUE_CLIENT_MAX);
    CHECK_EQ(timer_queue_next(&queue), 100); /* the refused timer left no trace */
    /* Other clients fill the rest of the table, then it is full for everybody. */
    uint64_t client = 2;
    while (queue.used < TIMER_QUEUE_CAPACITY) {
        if (timer_queue_add(&queue, client, 1000, &index, &number) != TIMER_QUEUE_OK)
            client++;
    }
    CHECK_EQ(timer_queue_add(&queue, client + 1, 1, &index, &number), TIMER_QUEUE_FULL);
    timer_queue_remove(&queue, 0);
    CHECK_EQ(timer_queue_add(&queue, client + 1, 1, &index, &number), TIMER_QUEUE_OK);
    CHECK_EQ(index, 0);
}

int main(void)
{
    test_add_find_remove();
    test_expiry();
    test_limits();
    return check_summary();
}

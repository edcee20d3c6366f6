/*
 * The futex wait queues (libc, threads; see futex.h).
 *
 * A waiter is a node on its own stack: the address it waits on and the
 * token of its wake-up object. Nodes hang in doubly linked FIFO lists, one
 * per bucket of a table hashed by address, each guarded by a spin lock that
 * is only ever held for a few list operations (and the unpark calls of a
 * wake), so it never needs to sleep itself.
 *
 * The protocol, which keeps a wake from being lost or sent to a thread that
 * has gone:
 *   1. The waiter takes the bucket lock and checks *word == expected under
 *      it; a waker changes *word before it wakes, and wakes under the same
 *      lock, so either the waiter sees the new value or the waker sees the
 *      node.
 *   2. The waker unlinks the node, marks it woken and unparks its token, all
 *      under the bucket lock.
 *   3. The waiter parks; whenever it returns from a park it takes the lock
 *      and leaves only if its node was marked woken (then its unpark has
 *      been sent, so nothing will touch the node again) or, at its
 *      deadline, after unlinking the node itself. A stale unpark (left from
 *      an earlier wait) just makes it park again.
 */
#include "futex.h"
#include "port.h"
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#define FUTEX_BUCKETS 128u /* a power of two */
#define FUTEX_SPINS   64

struct futex_waiter {
    volatile int *word;
    unsigned long token;
    struct futex_waiter *next;
    struct futex_waiter *previous;
    int woken; /* written under the bucket lock */
};

struct futex_bucket {
    volatile int lock;
    struct futex_waiter *head;
    struct futex_waiter *tail;
} __attribute__((aligned(64)));

static struct futex_bucket futex_table[FUTEX_BUCKETS];

static struct futex_bucket *futex_bucket_of(volatile int *word)
{
    uint64_t key = (uint64_t)(uintptr_t)word >> 2;
    key *= 0x9e3779b97f4a7c15ull; /* Fibonacci hashing: the top bits mix every address bit */
    return &futex_table[key >> (64 - 7)];
}

_Static_assert(FUTEX_BUCKETS == 1u << 7, "futex_bucket_of takes the top 7 bits");

static void futex_lock(struct futex_bucket *bucket)
{
    for (;;) {
        for (int i = 0; i < FUTEX_SPINS; i++) {
            if (__atomic_load_n(&bucket->lock, __ATOMIC_RELAXED) == 0 &&
                !__atomic_exchange_n(&bucket->lock, 1, __ATOMIC_ACQUIRE))
                return;
            __builtin_ia32_pause();
        }
        /* The holder was preempted inside its few list operations: let it run. */
        __koito_yield();
    }
}

static void futex_unlock(struct futex_bucket *bucket)
{
    __atomic_store_n(&bucket->lock, 0, __ATOMIC_RELEASE);
}

static void futex_append(struct futex_bucket *bucket, struct futex_waiter *waiter)
{
    waiter->next = NULL;
    waiter->previous = bucket->tail;
    if (bucket->tail != NULL)
        bucket->tail->next = waiter;
    else
        bucket->head = waiter;
    bucket->tail = waiter;
}

static void futex_unlink(struct futex_bucket *bucket, struct futex_waiter *waiter)
{
    if (waiter->previous != NULL)
        waiter->previous->next = waiter->next;
    else
        bucket->head = waiter->next;
    if (waiter->next != NULL)
        waiter->next->previous = waiter->previous;
    else
        bucket->tail = waiter->previous;
}

/* A thread without a wake-up object cannot be woken: it yields and lets its
 * caller recheck (only a program that never started a thread has one). */
static int futex_poll(volatile int *word, int expected, unsigned long long deadline)
{
    unsigned long long now = 0;
    if (deadline != 0 && __koito_monotonic_now(&now) == 0 && now >= deadline)
        return -ETIMEDOUT;
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) == expected)
        __koito_yield();
    return 0;
}

int __koito_futex_wait_until(volatile int *word, int expected, unsigned long long deadline)
{
    struct futex_waiter waiter = {.word = word, .token = __koito_park_token()};
    if (waiter.token == 0)
        return futex_poll(word, expected, deadline);
    struct futex_bucket *bucket = futex_bucket_of(word);
    futex_lock(bucket);
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) != expected) {
        futex_unlock(bucket);
        return 0;
    }
    futex_append(bucket, &waiter);
    futex_unlock(bucket);
    for (;;) {
        int parked = __koito_park(deadline);
        futex_lock(bucket);
        if (waiter.woken) {
            futex_unlock(bucket);
            return 0;
        }
        if (parked == -ETIMEDOUT) {
            futex_unlink(bucket, &waiter);
            futex_unlock(bucket);
            return -ETIMEDOUT;
        }
        futex_unlock(bucket);
    }
}

int __koito_futex_wake(volatile int *word, int count)
{
    struct futex_bucket *bucket = futex_bucket_of(word);
    int woken = 0;
    futex_lock(bucket);
    struct futex_waiter *waiter = bucket->head;
    while (waiter != NULL && woken < count) {
        struct futex_waiter *next = waiter->next;
        if (waiter->word == word) {
            futex_unlink(bucket, waiter);
            waiter->woken = 1;
            __koito_unpark(waiter->token);
            woken++;
        }
        waiter = next;
    }
    futex_unlock(bucket);
    return woken;
}

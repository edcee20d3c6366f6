/*
 * Tests of KOITO-libc's run-time support for non-lock-free atomic objects
 * (host tests): this program is linked with libc/src/atomic/ and without
 * the host's libatomic, so the calls clang emits for a 24-byte and a
 * 32-byte _Atomic structure and an _Atomic __int128 reach KOITO-libc's
 * __atomic_load, __atomic_store, __atomic_exchange,
 * __atomic_compare_exchange and their _16 forms. Threads store whole
 * structures while others load them (no load may see a mix of two stores),
 * count through compare-exchange loops and fetch_add (no increment may be
 * lost), and one thread checks every operation's values.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#define THREADS 4
#define ROUNDS  200000

struct triple {
    long a, b, c; /* 24 bytes */
};

struct quad {
    long count, a, b, c; /* 32 bytes */
};

static _Atomic struct triple shared_triple;
static _Atomic struct quad shared_quad;
static _Atomic __int128 shared_wide;
static atomic_int torn_loads;
static pthread_barrier_t start_line; /* all threads start together, to contend */

static void test_single_thread(void)
{
    _Atomic struct triple object;
    atomic_init(&object, ((struct triple){1, 2, 3}));
    struct triple value = atomic_load(&object);
    CHECK(value.a == 1 && value.b == 2 && value.c == 3);
    atomic_store(&object, ((struct triple){4, 5, 6}));
    value = atomic_exchange(&object, ((struct triple){7, 8, 9}));
    CHECK(value.a == 4 && value.b == 5 && value.c == 6);
    struct triple expected = {7, 8, 9};
    CHECK(atomic_compare_exchange_strong(&object, &expected, ((struct triple){10, 11, 12})));
    expected = (struct triple){0, 0, 0};
    CHECK(!atomic_compare_exchange_strong(&object, &expected, ((struct triple){1, 1, 1})));
    CHECK(expected.a == 10 && expected.b == 11 && expected.c == 12);
    value = atomic_load(&object);
    CHECK(value.a == 10 && value.c == 12);
    CHECK(!atomic_is_lock_free(&object));

    _Atomic __int128 wide = 5;
    __int128 big = (__int128)1 << 100;
    CHECK(atomic_fetch_add(&wide, big) == 5);
    CHECK(atomic_load(&wide) == big + 5);
    CHECK(atomic_fetch_sub(&wide, 5) == big + 5);
    CHECK(atomic_fetch_or(&wide, 3) == big);
    CHECK(atomic_fetch_and(&wide, 1) == (big | 3));
    CHECK(atomic_fetch_xor(&wide, 3) == 1);
    CHECK(atomic_exchange(&wide, big) == 2);
    __int128 wide_expected = big;
    CHECK(atomic_compare_exchange_strong(&wide, &wide_expected, 9));
    wide_expected = 0;
    CHECK(!atomic_compare_exchange_strong(&wide, &wide_expected, 1));
    CHECK(wide_expected == 9);
    atomic_store(&wide, -1);
    CHECK(atomic_load(&wide) == -1);
}

static void *worker(void *argument)
{
    long id = (long)argument;
    pthread_barrier_wait(&start_line);
    for (long round = 0; round < ROUNDS; round++) {
        /* A store writes one value into every field; a load must agree. */
        long mark = id * ROUNDS + round;
        atomic_store(&shared_triple, ((struct triple){mark, mark, mark}));
        struct triple seen = atomic_load(&shared_triple);
        if (seen.a != seen.b || seen.b != seen.c)
            atomic_fetch_add(&torn_loads, 1);
        /* An increment by compare-exchange; the other fields follow the count. */
        struct quad old = atomic_load(&shared_quad);
        struct quad next;
        do {
            if (old.a != old.count || old.c != old.count)
                atomic_fetch_add(&torn_loads, 1);
            next = (struct quad){old.count + 1, old.count + 1, old.count + 1, old.count + 1};
        } while (!atomic_compare_exchange_weak(&shared_quad, &old, next));
        atomic_fetch_add(&shared_wide, (__int128)1 << 64);
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t threads[THREADS];
    CHECK_EQ(pthread_barrier_init(&start_line, NULL, THREADS), 0);
    for (long index = 0; index < THREADS; index++)
        CHECK_EQ(pthread_create(&threads[index], NULL, worker, (void *)index), 0);
    for (long index = 0; index < THREADS; index++)
        CHECK_EQ(pthread_join(threads[index], NULL), 0);
    CHECK_EQ(pthread_barrier_destroy(&start_line), 0);
    CHECK_EQ(atomic_load(&torn_loads), 0);
    struct quad final = atomic_load(&shared_quad);
    CHECK_EQ(final.count, THREADS * ROUNDS);
    CHECK_EQ(final.c, THREADS * ROUNDS);
    CHECK(atomic_load(&shared_wide) == ((__int128)(THREADS * ROUNDS) << 64));
}

int main(void)
{
    test_single_thread();
    test_threads();
    return check_summary();
}

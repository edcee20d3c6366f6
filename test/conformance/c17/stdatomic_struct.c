/*
 * ISO C17 7.17 <stdatomic.h> on atomic objects that are not lock-free: a 32-byte
 * structure (_Atomic may qualify any complete object type, 6.7.3) loaded, stored,
 * exchanged and compared-and-exchanged (comparison by value representation, 7.17.7.4),
 * atomic_is_lock_free answering for it, and four C11 threads counting through
 * compare-exchange loops on it without losing an increment or seeing a torn value.
 */
#include "check.h"
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include <threads.h>

#if defined(__clang__)
/* clang warns that these objects need a lock: that is what is under test. */
#pragma clang diagnostic ignored "-Watomic-alignment"
#endif

#define THREADS 4
#define ROUNDS  5000

struct record {
    long count;
    long copy; /* always equal to count */
    char name[16];
};

static _Atomic struct record shared;
static atomic_int torn;

static int count_up(void *argument)
{
    (void)argument;
    for (int round = 0; round < ROUNDS; round++) {
        struct record old = atomic_load(&shared);
        struct record next;
        do {
            if (old.copy != old.count)
                atomic_fetch_add(&torn, 1);
            next = old;
            next.count++;
            next.copy++;
        } while (!atomic_compare_exchange_weak(&shared, &old, next));
    }
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    struct record value;
    memset(&value, 0, sizeof value);
    strcpy(value.name, "first");
    _Atomic struct record object;
    atomic_init(&object, value);
    struct record seen = atomic_load(&object);
    CHECK(seen.count == 0 && strcmp(seen.name, "first") == 0);
    strcpy(value.name, "second");
    value.count = 2;
    atomic_store(&object, value);
    struct record other = value;
    strcpy(other.name, "third");
    seen = atomic_exchange(&object, other);
    CHECK(seen.count == 2 && strcmp(seen.name, "second") == 0);
    struct record expected = other;
    struct record desired = other;
    desired.count = 4;
    CHECK(atomic_compare_exchange_strong(&object, &expected, desired));
    expected.count = 99;
    CHECK(!atomic_compare_exchange_strong(&object, &expected, other));
    CHECK(expected.count == 4 && strcmp(expected.name, "third") == 0);
    seen = atomic_load(&object);
    CHECK(seen.count == 4);
    CHECK(!atomic_is_lock_free(&object));

    memset(&value, 0, sizeof value);
    atomic_store(&shared, value);
    thrd_t threads[THREADS];
    for (int index = 0; index < THREADS; index++)
        CHECK_EQ(thrd_create(&threads[index], count_up, NULL), thrd_success);
    for (int index = 0; index < THREADS; index++)
        CHECK_EQ(thrd_join(threads[index], NULL), thrd_success);
    CHECK_EQ(atomic_load(&torn), 0);
    seen = atomic_load(&shared);
    CHECK_EQ(seen.count, THREADS * ROUNDS);
    CHECK_EQ(seen.copy, THREADS * ROUNDS);
    return check_summary();
}

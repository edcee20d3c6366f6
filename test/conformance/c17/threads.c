/*
 * ISO C17 7.26 <threads.h>: thrd_create/thrd_join (the result passes through), thrd_exit,
 * thrd_detach, thrd_current/thrd_equal, thrd_sleep, thrd_yield; mutexes of every kind (plain,
 * recursive, timed: trylock gives thrd_busy when held, timedlock gives thrd_timedout at its
 * deadline) guarding a counter under contention; condition variables (signal, broadcast,
 * cnd_timedwait timing out); thread-specific storage with destructors run at thread exit;
 * call_once running once across threads; _Thread_local giving each thread its own object.
 */
#include "check.h"
#include <stdatomic.h>
#include <stdio.h>
#include <threads.h>
#include <time.h>

#define WORKERS    4
#define INCREMENTS 2000

static void add_milliseconds(struct timespec *when, long milliseconds)
{
    when->tv_nsec += milliseconds * 1000000L;
    when->tv_sec += when->tv_nsec / 1000000000L;
    when->tv_nsec %= 1000000000L;
}

/* A deadline `milliseconds` from now, on TIME_UTC as the timed functions want. */
static struct timespec deadline_in(long milliseconds)
{
    struct timespec when;
    timespec_get(&when, TIME_UTC);
    add_milliseconds(&when, milliseconds);
    return when;
}

static int before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static int reached(const struct timespec *deadline)
{
    struct timespec now;
    timespec_get(&now, TIME_UTC);
    return !before(&now, deadline);
}

static int return_argument(void *argument)
{
    return *(int *)argument * 2;
}

static int exit_early(void *argument)
{
    (void)argument;
    thrd_exit(77);
}

static thrd_t main_thread;
static int current_differs(void *argument)
{
    (void)argument;
    return !thrd_equal(thrd_current(), main_thread);
}

static atomic_int detached_ran;
static int detached(void *argument)
{
    (void)argument;
    atomic_store(&detached_ran, 1);
    return 0;
}

static void creation(void)
{
    thrd_t thread;
    int argument = 21, result = 0;
    CHECK_EQ(thrd_create(&thread, return_argument, &argument), thrd_success);
    CHECK_EQ(thrd_join(thread, &result), thrd_success);
    CHECK_EQ(result, 42);

    CHECK_EQ(thrd_create(&thread, exit_early, NULL), thrd_success);
    CHECK_EQ(thrd_join(thread, &result), thrd_success);
    CHECK_EQ(result, 77);

    main_thread = thrd_current();
    CHECK(thrd_equal(main_thread, thrd_current()));
    CHECK_EQ(thrd_create(&thread, current_differs, NULL), thrd_success);
    CHECK_EQ(thrd_join(thread, &result), thrd_success);
    CHECK_EQ(result, 1);

    /* A joined result may be ignored. */
    CHECK_EQ(thrd_create(&thread, return_argument, &argument), thrd_success);
    CHECK_EQ(thrd_join(thread, NULL), thrd_success);

    /* A detached thread runs to its end on its own. */
    CHECK_EQ(thrd_create(&thread, detached, NULL), thrd_success);
    CHECK_EQ(thrd_detach(thread), thrd_success);
    struct timespec give_up = deadline_in(5000);
    while (!atomic_load(&detached_ran) && !reached(&give_up))
        thrd_yield();
    CHECK(atomic_load(&detached_ran));

    /* thrd_sleep sleeps at least as long as asked. */
    struct timespec start, end, nap = {0, 20 * 1000000L};
    timespec_get(&start, TIME_UTC);
    CHECK_EQ(thrd_sleep(&nap, NULL), 0);
    timespec_get(&end, TIME_UTC);
    add_milliseconds(&start, 20);
    CHECK(!before(&end, &start));
}

static mtx_t counter_lock;
static long counter;

static int increment(void *argument)
{
    (void)argument;
    for (int i = 0; i < INCREMENTS; i++) {
        if (mtx_lock(&counter_lock) != thrd_success)
            return 1;
        long value = counter;
        if ((i & 63) == 0)
            thrd_yield(); /* let another thread find the lock held */
        counter = value + 1;
        mtx_unlock(&counter_lock);
    }
    return 0;
}

static mtx_t held_elsewhere;
static int try_held(void *argument)
{
    (void)argument;
    return mtx_trylock(&held_elsewhere);
}

static int timed_held(void *argument)
{
    (void)argument;
    struct timespec deadline = deadline_in(50);
    int result = mtx_timedlock(&held_elsewhere, &deadline);
    return result == thrd_timedout && reached(&deadline) ? 1 : 0;
}

static void mutexes(void)
{
    CHECK_EQ(mtx_init(&counter_lock, mtx_plain), thrd_success);
    thrd_t workers[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        CHECK_EQ(thrd_create(&workers[i], increment, NULL), thrd_success);
    int failures = 0;
    for (int i = 0; i < WORKERS; i++) {
        int result = 1;
        thrd_join(workers[i], &result);
        failures += result;
    }
    CHECK_EQ(failures, 0);
    CHECK_EQ(counter, WORKERS * INCREMENTS);
    CHECK_EQ(mtx_trylock(&counter_lock), thrd_success);
    CHECK_EQ(mtx_unlock(&counter_lock), thrd_success);
    mtx_destroy(&counter_lock);

    /* Recursive: the owner may lock again, and must unlock as often. */
    mtx_t recursive;
    CHECK_EQ(mtx_init(&recursive, mtx_plain | mtx_recursive), thrd_success);
    CHECK_EQ(mtx_lock(&recursive), thrd_success);
    CHECK_EQ(mtx_lock(&recursive), thrd_success);
    CHECK_EQ(mtx_trylock(&recursive), thrd_success);
    CHECK_EQ(mtx_unlock(&recursive), thrd_success);
    CHECK_EQ(mtx_unlock(&recursive), thrd_success);
    CHECK_EQ(mtx_unlock(&recursive), thrd_success);
    mtx_destroy(&recursive);

    /* Timed: trylock from another thread is busy; timedlock times out at the deadline. */
    CHECK_EQ(mtx_init(&held_elsewhere, mtx_timed), thrd_success);
    CHECK_EQ(mtx_lock(&held_elsewhere), thrd_success);
    thrd_t other;
    int result = -1;
    CHECK_EQ(thrd_create(&other, try_held, NULL), thrd_success);
    CHECK_EQ(thrd_join(other, &result), thrd_success);
    CHECK_EQ(result, thrd_busy);
    CHECK_EQ(thrd_create(&other, timed_held, NULL), thrd_success);
    CHECK_EQ(thrd_join(other, &result), thrd_success);
    CHECK_EQ(result, 1);
    CHECK_EQ(mtx_unlock(&held_elsewhere), thrd_success);
    struct timespec deadline = deadline_in(1000);
    CHECK_EQ(mtx_timedlock(&held_elsewhere, &deadline), thrd_success);
    CHECK_EQ(mtx_unlock(&held_elsewhere), thrd_success);
    mtx_destroy(&held_elsewhere);

    mtx_t recursive_timed;
    CHECK_EQ(mtx_init(&recursive_timed, mtx_timed | mtx_recursive), thrd_success);
    deadline = deadline_in(1000);
    CHECK_EQ(mtx_timedlock(&recursive_timed, &deadline), thrd_success);
    CHECK_EQ(mtx_timedlock(&recursive_timed, &deadline), thrd_success);
    CHECK_EQ(mtx_unlock(&recursive_timed), thrd_success);
    CHECK_EQ(mtx_unlock(&recursive_timed), thrd_success);
    mtx_destroy(&recursive_timed);
}

static mtx_t queue_lock;
static cnd_t queue_changed;
static int items;
static int released;

static int consume(void *argument)
{
    (void)argument;
    mtx_lock(&queue_lock);
    while (items == 0)
        cnd_wait(&queue_changed, &queue_lock);
    items--;
    mtx_unlock(&queue_lock);
    return 1;
}

static int wait_release(void *argument)
{
    (void)argument;
    mtx_lock(&queue_lock);
    while (!released)
        cnd_wait(&queue_changed, &queue_lock);
    mtx_unlock(&queue_lock);
    return 1;
}

static void conditions(void)
{
    CHECK_EQ(mtx_init(&queue_lock, mtx_plain), thrd_success);
    CHECK_EQ(cnd_init(&queue_changed), thrd_success);

    /* signal: one waiter per item. */
    thrd_t consumers[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        CHECK_EQ(thrd_create(&consumers[i], consume, NULL), thrd_success);
    for (int i = 0; i < WORKERS; i++) {
        mtx_lock(&queue_lock);
        items++;
        CHECK_EQ(cnd_signal(&queue_changed), thrd_success);
        mtx_unlock(&queue_lock);
    }
    int done = 0;
    for (int i = 0; i < WORKERS; i++) {
        int result = 0;
        thrd_join(consumers[i], &result);
        done += result;
    }
    CHECK_EQ(done, WORKERS);
    CHECK_EQ(items, 0);

    /* broadcast: every waiter wakes. */
    for (int i = 0; i < WORKERS; i++)
        CHECK_EQ(thrd_create(&consumers[i], wait_release, NULL), thrd_success);
    mtx_lock(&queue_lock);
    released = 1;
    CHECK_EQ(cnd_broadcast(&queue_changed), thrd_success);
    mtx_unlock(&queue_lock);
    done = 0;
    for (int i = 0; i < WORKERS; i++) {
        int result = 0;
        thrd_join(consumers[i], &result);
        done += result;
    }
    CHECK_EQ(done, WORKERS);

    /* timedwait with nobody signalling: thrd_timedout, not before the deadline, with the mutex
     * held again. */
    mtx_lock(&queue_lock);
    struct timespec deadline = deadline_in(50);
    CHECK_EQ(cnd_timedwait(&queue_changed, &queue_lock, &deadline), thrd_timedout);
    CHECK(reached(&deadline));
    CHECK_EQ(mtx_unlock(&queue_lock), thrd_success);
    /* A deadline already past times out at once. */
    mtx_lock(&queue_lock);
    deadline = deadline_in(0);
    deadline.tv_sec -= 1;
    CHECK_EQ(cnd_timedwait(&queue_changed, &queue_lock, &deadline), thrd_timedout);
    mtx_unlock(&queue_lock);
    cnd_destroy(&queue_changed);
    mtx_destroy(&queue_lock);
}

static tss_t key;
static tss_t plain_key;
static atomic_int destructor_calls;
static int values[WORKERS];

static void destroy(void *value)
{
    if (value != NULL)
        atomic_fetch_add(&destructor_calls, 1);
}

static int use_storage(void *argument)
{
    int *mine = argument;
    if (tss_get(key) != NULL)
        return 0;
    if (tss_set(key, mine) != thrd_success)
        return 0;
    thrd_yield();
    return tss_get(key) == mine;
}

static void thread_storage(void)
{
    CHECK_EQ(tss_create(&key, destroy), thrd_success);
    CHECK_EQ(tss_create(&plain_key, NULL), thrd_success);
    CHECK(tss_get(key) == NULL);
    thrd_t users[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        CHECK_EQ(thrd_create(&users[i], use_storage, &values[i]), thrd_success);
    int good = 0;
    for (int i = 0; i < WORKERS; i++) {
        int result = 0;
        thrd_join(users[i], &result);
        good += result;
    }
    CHECK_EQ(good, WORKERS);
    /* Each thread's non-null value was destroyed when it ended. */
    CHECK_EQ(atomic_load(&destructor_calls), WORKERS);
    /* The main thread's value is its own. */
    int main_value;
    CHECK_EQ(tss_set(plain_key, &main_value), thrd_success);
    CHECK(tss_get(plain_key) == &main_value);
    tss_delete(key);
    tss_delete(plain_key);
}

static once_flag once = ONCE_FLAG_INIT;
static atomic_int once_calls;

static void initialise(void)
{
    atomic_fetch_add(&once_calls, 1);
}

static int call_initialise(void *argument)
{
    (void)argument;
    call_once(&once, initialise);
    return atomic_load(&once_calls);
}

static _Thread_local int per_thread = 5;

static int change_own(void *argument)
{
    int ok = per_thread == 5;
    per_thread = *(int *)argument;
    thrd_yield();
    return ok && per_thread == *(int *)argument;
}

static void once_and_thread_local(void)
{
    thrd_t callers[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        CHECK_EQ(thrd_create(&callers[i], call_initialise, NULL), thrd_success);
    call_once(&once, initialise);
    for (int i = 0; i < WORKERS; i++) {
        int seen = 0;
        thrd_join(callers[i], &seen);
        CHECK_EQ(seen, 1); /* call_once returns only after the one call completed */
    }
    CHECK_EQ(atomic_load(&once_calls), 1);

    per_thread = 100;
    int numbers[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        numbers[i] = i + 10;
        CHECK_EQ(thrd_create(&callers[i], change_own, &numbers[i]), thrd_success);
    }
    for (int i = 0; i < WORKERS; i++) {
        int ok = 0;
        thrd_join(callers[i], &ok);
        CHECK_EQ(ok, 1);
    }
    CHECK_EQ(per_thread, 100);
}

int main(void)
{
    creation();
    mutexes();
    conditions();
    thread_storage();
    once_and_thread_local();
    return check_summary();
}

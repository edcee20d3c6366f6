/*
 * Host tests of the scheduler (a9n/kernel/sched.c): the highest-priority
 * runnable thread runs, FIFO and round robin within a priority, timeslice
 * expiry, blocking from any place in a queue, priority changes, the lowest
 * and highest priorities (and the bitmap's word boundaries), idle and halt,
 * threads whose address space is gone, a pick that touches no thread but
 * the one it chooses, and the IPC fast path's hand-over (taken exactly when
 * sched_run would choose the same thread, changing nothing otherwise).
 *
 * Layer: host tests only. fake_hal.c turns each way out of the kernel into a
 * recorded outcome; the scheduler's state is static, so every test starts
 * with reset(), which empties it through the scheduler's own interface.
 */
#include "fake_hal.h"

#include <check.h>
#include <kernel/cpu_time.h>
#include <kernel/entry.h>
#include <kernel/sched.h>
#include <sanitizer/asan_interface.h>
#include <string.h>

#define POOL      1024u
#define PER_LEVEL (POOL / SCHED_PRIORITIES)

static struct thread pool[POOL];

/* Pool thread `index` at `priority` with an address space, made RUNNABLE. */
static struct thread *spawn(unsigned index, uint8_t priority)
{
    struct thread *thread = &pool[index];
    thread->priority = priority;
    thread->name = "worker";
    thread->vspace_root.capability.object = 0x1000u * (index + 1);
    sched_make_runnable(thread);
    return thread;
}

/* The thread `kernel_entry` leaves the kernel into, or NULL if it idled or halted. */
static struct thread *runs(void (*kernel_entry)(void))
{
    struct fake_outcome outcome = fake_enter(kernel_entry);
    return outcome.exit == FAKE_EXIT_USER ? outcome.thread : 0;
}

static enum fake_exit exit_of(void (*kernel_entry)(void))
{
    return fake_enter(kernel_entry).exit;
}

/* Empty the scheduler: every pool thread leaves the run queue and the blocked
 * count, after which nothing can run and the kernel must halt. */
static void reset(void)
{
    for (unsigned i = 0; i < POOL; i++) {
        if (pool[i].state != THREAD_INACTIVE)
            sched_block(&pool[i], THREAD_INACTIVE);
    }
    memset(pool, 0, sizeof(pool));
    fake_console_clear();
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
    CHECK(sched_current() == 0);
}

static void test_highest_priority_runs(void)
{
    reset();
    struct thread *low = spawn(0, 3);
    struct thread *top = spawn(1, 200);
    struct thread *middle = spawn(2, 17);
    struct thread *second = spawn(3, 199);

    struct fake_outcome outcome = fake_enter(sched_run);
    CHECK_EQ(outcome.exit, FAKE_EXIT_USER);
    CHECK(outcome.thread == top);
    CHECK_EQ(outcome.vspace_root, 0x2000);
    CHECK(sched_current() == top);

    sched_block(top, THREAD_BLOCKED_RECEIVE);
    outcome = fake_enter(sched_run);
    CHECK(outcome.thread == second);
    CHECK_EQ(outcome.vspace_root, 0x4000);
    sched_block(second, THREAD_INACTIVE);
    CHECK(runs(sched_run) == middle);
    sched_block(middle, THREAD_INACTIVE);
    CHECK(runs(sched_run) == low);

    /* A higher priority made runnable takes over at once. */
    sched_make_runnable(top);
    CHECK(runs(sched_run) == top);
}

static void test_fifo_within_priority(void)
{
    reset();
    struct thread *a = spawn(0, 7);
    struct thread *b = spawn(1, 7);
    struct thread *c = spawn(2, 7);
    CHECK(runs(sched_run) == a);
    sched_block(a, THREAD_BLOCKED_SEND);
    CHECK(runs(sched_run) == b);
    sched_make_runnable(a); /* to the tail, behind c */
    CHECK(runs(sched_run) == b);
    sched_block(b, THREAD_INACTIVE);
    CHECK(runs(sched_run) == c);
    sched_block(c, THREAD_INACTIVE);
    CHECK(runs(sched_run) == a);
}

static void test_make_runnable_twice_keeps_place(void)
{
    reset();
    struct thread *a = spawn(0, 9);
    struct thread *b = spawn(1, 9);
    CHECK(runs(sched_run) == a);
    CHECK(runs(kernel_handle_preemption) == a); /* one tick of a's slice used */
    sched_make_runnable(a);                     /* no-op: no second queue entry, no refill */
    CHECK(a->run_next == b && a->run_previous == b);
    CHECK(b->run_next == a && b->run_previous == a);
    CHECK_EQ(a->timeslice_left, SCHED_TIMESLICE_TICKS - 1);
    CHECK(runs(kernel_handle_preemption) == b);
}

static void test_yield_rotates_within_priority(void)
{
    reset();
    struct thread *low = spawn(0, 4);
    struct thread *a = spawn(1, 9);
    struct thread *b = spawn(2, 9);
    struct thread *c = spawn(3, 9);
    struct thread *expected[] = {b, c, a, b, c, a};
    CHECK(runs(sched_run) == a);
    for (unsigned i = 0; i < sizeof(expected) / sizeof(expected[0]); i++)
        CHECK(runs(sched_yield_current) == expected[i]);
    CHECK_EQ(low->state, THREAD_RUNNABLE);
}

static void test_yield_never_runs_lower_priority(void)
{
    reset();
    spawn(0, 4);
    struct thread *high = spawn(1, 10);
    CHECK(runs(sched_run) == high);
    for (unsigned i = 0; i < 4; i++)
        CHECK(runs(sched_yield_current) == high);
    CHECK_EQ(high->timeslice_left, SCHED_TIMESLICE_TICKS);
}

static void test_yield_after_block_runs_next(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    struct thread *b = spawn(1, 5);
    struct thread *c = spawn(2, 5);
    CHECK(runs(sched_run) == a);
    sched_block(a, THREAD_BLOCKED_NOTIFICATION); /* the current thread blocks, then yields */
    CHECK(runs(sched_yield_current) == b);
    CHECK(a->run_next == 0 && a->run_previous == 0);
    CHECK(runs(sched_yield_current) == c);
    CHECK(runs(sched_yield_current) == b);
}

static void test_timeslice_expiry_rotates(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    struct thread *b = spawn(1, 5);
    uint64_t start = sched_ticks();
    CHECK(runs(sched_run) == a);
    for (unsigned round = 0; round < 3; round++) {
        struct thread *first = round % 2 ? b : a;
        struct thread *next = round % 2 ? a : b;
        for (unsigned tick = 1; tick < SCHED_TIMESLICE_TICKS; tick++) {
            CHECK(runs(kernel_handle_preemption) == first);
            CHECK_EQ(first->timeslice_left, SCHED_TIMESLICE_TICKS - tick);
        }
        CHECK(runs(kernel_handle_preemption) == next);
        CHECK_EQ(first->timeslice_left, SCHED_TIMESLICE_TICKS);
    }
    CHECK_EQ(sched_ticks() - start, 3 * SCHED_TIMESLICE_TICKS);

    /* Alone at its priority, a thread keeps running when its slice ends. */
    sched_block(b, THREAD_INACTIVE);
    for (unsigned tick = 0; tick < 2 * SCHED_TIMESLICE_TICKS; tick++)
        CHECK(runs(kernel_handle_preemption) == a);
}

static void test_timeslice_kept_across_higher_priority(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    struct thread *b = spawn(1, 5);
    CHECK(runs(sched_run) == a);
    CHECK(runs(kernel_handle_preemption) == a);
    struct thread *high = spawn(2, 30);
    CHECK(runs(sched_run) == high);
    for (unsigned tick = 0; tick < SCHED_TIMESLICE_TICKS; tick++)
        CHECK(runs(kernel_handle_preemption) == high);
    CHECK_EQ(a->timeslice_left, SCHED_TIMESLICE_TICKS - 1);
    sched_block(high, THREAD_BLOCKED_RECEIVE);
    CHECK(runs(sched_run) == a); /* still at the head of its queue */
    for (unsigned tick = 1; tick < SCHED_TIMESLICE_TICKS - 1; tick++)
        CHECK(runs(kernel_handle_preemption) == a);
    CHECK(runs(kernel_handle_preemption) == b);

    /* A thread that blocks part way through its slice gets a whole one on waking. */
    sched_block(a, THREAD_INACTIVE);
    CHECK(runs(kernel_handle_preemption) == b);
    CHECK_EQ(b->timeslice_left, SCHED_TIMESLICE_TICKS - 1);
    sched_block(b, THREAD_BLOCKED_SEND);
    sched_make_runnable(b);
    CHECK_EQ(b->timeslice_left, SCHED_TIMESLICE_TICKS);
}

static void test_timer_and_resume_do_not_rotate(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    spawn(1, 5);
    CHECK(runs(sched_run) == a);
    uint64_t start = sched_ticks();
    for (unsigned tick = 0; tick < 2 * SCHED_TIMESLICE_TICKS; tick++) {
        CHECK(runs(kernel_handle_timer) == a);
        CHECK(runs(kernel_resume_current) == a);
    }
    CHECK_EQ(sched_ticks() - start, 2 * SCHED_TIMESLICE_TICKS);
    CHECK_EQ(a->timeslice_left, SCHED_TIMESLICE_TICKS);
}

static void test_block_head_middle_tail(void)
{
    reset();
    struct thread *low = spawn(0, 2);
    struct thread *t[5];
    for (unsigned i = 0; i < 5; i++)
        t[i] = spawn(1 + i, 6);
    CHECK(runs(sched_run) == t[0]);

    sched_block(t[2], THREAD_BLOCKED_RECEIVE); /* middle */
    CHECK(t[2]->run_next == 0 && t[2]->run_previous == 0);
    CHECK(t[1]->run_next == t[3] && t[3]->run_previous == t[1]);
    CHECK(runs(sched_run) == t[0]);

    sched_block(t[4], THREAD_BLOCKED_RECEIVE); /* tail */
    CHECK(t[3]->run_next == t[0] && t[0]->run_previous == t[3]);
    CHECK(runs(sched_run) == t[0]);

    sched_block(t[0], THREAD_BLOCKED_RECEIVE); /* head */
    CHECK(runs(sched_run) == t[1]);
    CHECK(runs(sched_yield_current) == t[3]);
    CHECK(runs(sched_yield_current) == t[1]);

    /* The priority's bit stays set while any thread is left in its queue. */
    sched_block(t[1], THREAD_BLOCKED_SEND);
    CHECK(runs(sched_run) == t[3]);
    CHECK(t[3]->run_next == t[3] && t[3]->run_previous == t[3]);
    sched_block(t[3], THREAD_BLOCKED_SEND);
    CHECK(runs(sched_run) == low);

    /* Woken again, they queue in the order they woke. */
    sched_make_runnable(t[4]);
    sched_make_runnable(t[2]);
    CHECK(runs(sched_run) == t[4]);
    CHECK(runs(sched_yield_current) == t[2]);
    CHECK(runs(sched_yield_current) == t[4]);
}

static void test_block_of_blocked_thread(void)
{
    reset();
    struct thread *a = spawn(0, 8);
    struct thread *b = spawn(1, 8);
    sched_block(b, THREAD_BLOCKED_SEND);
    sched_block(b, THREAD_BLOCKED_REPLY); /* a call received: send becomes reply */
    CHECK_EQ(b->state, THREAD_BLOCKED_REPLY);
    CHECK(runs(sched_run) == a);
    CHECK(runs(sched_yield_current) == a);
    sched_block(a, THREAD_INACTIVE);
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
    sched_block(b, THREAD_STOPPED); /* counted as blocked once, and no longer */
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
}

static void test_set_priority_queued(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    struct thread *b = spawn(1, 5);
    CHECK(runs(sched_run) == a);
    sched_set_priority(b, 9);
    CHECK_EQ(b->priority, 9);
    CHECK(runs(sched_run) == b);
    CHECK(a->run_next == a && a->run_previous == a);
    CHECK(b->run_next == b && b->run_previous == b);

    /* Back down: b goes to the tail of its new queue. */
    sched_set_priority(b, 5);
    CHECK(runs(sched_run) == a);
    CHECK(runs(sched_yield_current) == b);
    CHECK(runs(sched_yield_current) == a);

    /* The running thread lowered below another gives way to it. */
    struct thread *c = spawn(2, 4);
    sched_set_priority(a, 3);
    sched_set_priority(b, 3);
    CHECK(runs(sched_run) == c);
}

static void test_set_priority_moves_last_thread(void)
{
    reset();
    struct thread *low = spawn(0, 50);
    struct thread *only = spawn(1, 100);
    CHECK(runs(sched_run) == only);
    sched_set_priority(only, 20); /* leaves priority 100 empty: its bit must clear */
    CHECK(runs(sched_run) == low);
    sched_block(low, THREAD_INACTIVE);
    CHECK(runs(sched_run) == only);
}

static void test_set_priority_unqueued(void)
{
    reset();
    struct thread *a = spawn(0, 5);
    struct thread *waiting = spawn(1, 5);
    struct thread *inactive = &pool[2];
    inactive->name = "inactive";
    inactive->vspace_root.capability.object = 0x3000;
    sched_block(waiting, THREAD_BLOCKED_RECEIVE);

    sched_set_priority(waiting, 12);
    sched_set_priority(inactive, 13);
    CHECK_EQ(waiting->priority, 12);
    CHECK_EQ(inactive->priority, 13);
    CHECK_EQ(waiting->state, THREAD_BLOCKED_RECEIVE);
    CHECK_EQ(inactive->state, THREAD_INACTIVE);
    CHECK(waiting->run_next == 0 && inactive->run_next == 0);
    CHECK(runs(sched_run) == a);

    sched_make_runnable(waiting);
    CHECK(runs(sched_run) == waiting);
    sched_make_runnable(inactive);
    CHECK(runs(sched_run) == inactive);
}

static void test_priority_extremes_and_word_boundaries(void)
{
    reset();
    static const uint8_t levels[] = {255, 192, 191, 128, 127, 64, 63, 0};
    const unsigned count = sizeof(levels) / sizeof(levels[0]);
    /* Made runnable lowest first, so the order seen is the scheduler's own. */
    for (unsigned i = count; i-- > 0;)
        spawn(i, levels[i]);
    for (unsigned i = 0; i < count; i++) {
        CHECK(runs(sched_run) == &pool[i]);
        CHECK(runs(sched_yield_current) == &pool[i]);
        sched_block(&pool[i], THREAD_INACTIVE);
    }
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);

    /* Each extreme alone, and both round robin and timeslices at them. */
    for (unsigned i = 0; i < 2; i++) {
        uint8_t level = i ? 255 : 0;
        struct thread *a = spawn(0, level);
        struct thread *b = spawn(1, level);
        CHECK(runs(sched_run) == a);
        CHECK(runs(sched_yield_current) == b);
        for (unsigned tick = 0; tick < SCHED_TIMESLICE_TICKS; tick++)
            CHECK(runs(kernel_handle_preemption) == (tick + 1 < SCHED_TIMESLICE_TICKS ? b : a));
        sched_block(a, THREAD_INACTIVE);
        sched_block(b, THREAD_INACTIVE);
        CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
    }
}

static void test_idle_when_blocked_halt_when_not(void)
{
    static const enum thread_state blocked[] = {THREAD_BLOCKED_SEND, THREAD_BLOCKED_RECEIVE,
                                                THREAD_BLOCKED_REPLY, THREAD_BLOCKED_NOTIFICATION};
    for (unsigned i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++) {
        reset();
        struct thread *a = spawn(0, 1);
        struct thread *waiter = spawn(1, 1);
        sched_block(waiter, blocked[i]);
        CHECK(runs(sched_run) == a);
        sched_block(a, THREAD_STOPPED);
        CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
        CHECK(sched_current() == 0);
        CHECK_EQ(exit_of(kernel_handle_timer), FAKE_EXIT_IDLE);
        CHECK_EQ(exit_of(kernel_handle_preemption), FAKE_EXIT_IDLE);
        CHECK_EQ(exit_of(sched_yield_current), FAKE_EXIT_IDLE);

        sched_make_runnable(waiter); /* as an interrupt would wake it */
        CHECK(runs(kernel_handle_timer) == waiter);
        sched_block(waiter, THREAD_INACTIVE);
        CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
        CHECK_EQ(exit_of(kernel_handle_timer), FAKE_EXIT_HALT);
    }
}

static void test_no_address_space_stops_thread(void)
{
    reset();
    struct thread *gone = spawn(0, 40);
    struct thread *next = spawn(1, 40);
    struct thread *low = spawn(2, 10);
    gone->name = "gone";
    gone->vspace_root.capability.object = 0;
    CHECK(runs(sched_run) == next);
    CHECK_EQ(gone->state, THREAD_STOPPED);
    CHECK(gone->run_next == 0 && gone->run_previous == 0);
    CHECK(strstr(fake_console(), "'gone' has no address space") != 0);
    /* Through thread_stop, so its IPC partners are let go too. */
    CHECK(fake_stopped == gone);
    CHECK(runs(sched_yield_current) == next);

    /* The last one at its priority: the lower priority runs. */
    next->vspace_root.capability.object = 0;
    CHECK(runs(sched_yield_current) == low);
    CHECK_EQ(next->state, THREAD_STOPPED);

    /* Nothing else: a stopped thread is not blocked, so the kernel halts,
     * unless some thread is blocked. */
    low->vspace_root.capability.object = 0;
    struct thread *waiter = spawn(3, 5);
    sched_block(waiter, THREAD_BLOCKED_RECEIVE);
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
    CHECK_EQ(low->state, THREAD_STOPPED);
    sched_block(waiter, THREAD_INACTIVE);
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
}

/* Poison every pool thread but `keep` and `spare` (or unpoison them all, if `keep` is NULL). */
static void poison_all_but(const struct thread *keep, const struct thread *spare)
{
    for (unsigned i = 0; i < POOL; i++) {
        if (keep && &pool[i] != keep && &pool[i] != spare)
            ASAN_POISON_MEMORY_REGION(&pool[i], sizeof(pool[i]));
        else
            ASAN_UNPOISON_MEMORY_REGION(&pool[i], sizeof(pool[i]));
    }
}

/* PER_LEVEL threads at each of the 256 priorities, made runnable in a
 * scrambled priority order. Each pick must choose the highest-priority,
 * oldest thread while every other thread is ASan-poisoned: a pick that read
 * any thread but its choice (walked a queue, scanned the threads) would be
 * reported. */
static void test_constant_time_pick(void)
{
    reset();
    static struct thread *at[SCHED_PRIORITIES][PER_LEVEL];
    for (unsigned round = 0; round < PER_LEVEL; round++) {
        for (unsigned i = 0; i < SCHED_PRIORITIES; i++) {
            uint8_t level = (uint8_t)(i * 97u); /* 97 is odd: a permutation of 0..255 */
            at[level][round] = spawn(round * SCHED_PRIORITIES + i, level);
        }
    }
    for (unsigned level = SCHED_PRIORITIES; level-- > 0;) {
        for (unsigned round = 0; round < PER_LEVEL; round++) {
            struct thread *expected = at[level][round];
            /* The thread that ran last is charged its processor time. */
            poison_all_but(expected, sched_current());
            struct thread *ran = runs(sched_run);
            poison_all_but(0, 0);
            CHECK(ran == expected);
            sched_block(expected, THREAD_INACTIVE);
        }
    }
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_HALT);
}

/* What sched_hand_over may change, to compare before and after a refusal. */
struct hand_over_view {
    enum thread_state from_state, to_state;
    struct thread *from_next, *to_next;
};

static struct hand_over_view view(const struct thread *from, const struct thread *to)
{
    return (struct hand_over_view){from->state, to->state, from->run_next, to->run_next};
}

/* `from` runs at `from_priority` (with `peers` more threads at that priority behind it); `to`,
 * at `to_priority`, is blocked receiving. Answers whether the hand-over was taken and checks it
 * against sched_run's own choice. */
static bool hand_over_case(uint8_t from_priority, unsigned peers, uint8_t to_priority)
{
    reset();
    struct thread *from = spawn(0, from_priority);
    for (unsigned i = 0; i < peers; i++)
        spawn(2 + i, from_priority);
    struct thread *to = spawn(1, to_priority);
    sched_block(to, THREAD_BLOCKED_RECEIVE);
    CHECK(runs(sched_run) == from);

    struct hand_over_view before = view(from, to);
    if (!sched_hand_over(from, THREAD_BLOCKED_REPLY, to)) {
        struct hand_over_view after = view(from, to);
        CHECK(memcmp(&before, &after, sizeof(before)) == 0);
        CHECK(sched_current() == from);
        return false;
    }
    CHECK(sched_current() == to);
    CHECK_EQ(from->state, THREAD_BLOCKED_REPLY);
    CHECK_EQ(to->state, THREAD_RUNNABLE);
    CHECK_EQ(to->timeslice_left, SCHED_TIMESLICE_TICKS);
    /* The scheduler agrees: it picks `to`, and when `to` blocks too, it
     * idles rather than halts, since `from` still counts as blocked. */
    CHECK(runs(sched_run) == to);
    sched_block(to, THREAD_BLOCKED_RECEIVE);
    for (unsigned i = 0; i < peers; i++)
        sched_block(&pool[2 + i], THREAD_INACTIVE);
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
    sched_make_runnable(from);
    CHECK(runs(sched_run) == from);
    return true;
}

/* Processor time: the cycles between two switches (or ticks) go to the thread
 * that ran them and its address space; a decision that keeps the thread
 * running charges nothing; idle time goes to nobody; a thread destroyed while
 * current is charged then and never touched again. */
static void test_cpu_time(void)
{
    reset();
    struct thread *a = spawn(0, 10);
    struct thread *b = spawn(1, 10);
    b->vspace_root.capability.type = A9N_OBJECT_ADDRESS_SPACE;
    fake_address_space_cycles = 0;
    CHECK(runs(sched_run) == a);
    fake_cycles += 100;
    CHECK(runs(kernel_handle_preemption) == a);
    CHECK_EQ(a->cpu_cycles, 100u);
    fake_cycles += 50;
    CHECK(runs(kernel_handle_preemption) == b); /* a's slice is used up */
    CHECK_EQ(a->cpu_cycles, 150u);
    CHECK_EQ(cpu_time_of_thread(a), 150u); /* a 1 GHz counter: cycles are nanoseconds */
    fake_cycles += 30;
    CHECK_EQ(cpu_time_of_thread(b), 30u); /* running: what is not charged yet counts */
    CHECK(runs(sched_run) == b); /* b goes on: nothing is charged, its clock still counts */
    CHECK_EQ(b->cpu_cycles, 0u);
    CHECK_EQ(cpu_time_of_thread(b), 30u);
    sched_block(a, THREAD_BLOCKED_RECEIVE);
    sched_block(b, THREAD_BLOCKED_RECEIVE);
    fake_cycles += 7;
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
    CHECK_EQ(b->cpu_cycles, 37u);
    CHECK_EQ(fake_address_space_cycles, 37u);
    fake_cycles += 1000; /* idle */
    CHECK_EQ(exit_of(kernel_handle_timer), FAKE_EXIT_IDLE);
    CHECK_EQ(a->cpu_cycles + b->cpu_cycles, 187u);
    sched_make_runnable(a);
    CHECK(runs(sched_run) == a);
    fake_cycles += 5;
    sched_block(a, THREAD_INACTIVE);
    sched_forget(a);
    CHECK_EQ(a->cpu_cycles, 155u);
    CHECK(sched_current() == 0);
    fake_cycles += 9;
    ASAN_POISON_MEMORY_REGION(a, sizeof(*a));
    CHECK_EQ(exit_of(sched_run), FAKE_EXIT_IDLE);
    ASAN_UNPOISON_MEMORY_REGION(a, sizeof(*a));
    CHECK_EQ(a->cpu_cycles, 155u);
    sched_make_runnable(b);
    reset();
}

static void test_hand_over(void)
{
    /* Same priority, the caller alone at it: the partner takes its place. */
    CHECK(hand_over_case(50, 0, 50));
    /* Same priority with another thread ready: round robin must run that one. */
    CHECK(!hand_over_case(50, 1, 50));
    /* A higher priority always runs first, at the bitmap's word boundaries too. */
    CHECK(hand_over_case(50, 0, 60));
    CHECK(hand_over_case(50, 3, 60));
    CHECK(hand_over_case(63, 0, 64));
    CHECK(hand_over_case(0, 0, 255));
    /* A lower priority is the general path's decision. */
    CHECK(!hand_over_case(50, 0, 40));
    reset();
}

int main(void)
{
    test_highest_priority_runs();
    test_fifo_within_priority();
    test_make_runnable_twice_keeps_place();
    test_yield_rotates_within_priority();
    test_yield_never_runs_lower_priority();
    test_yield_after_block_runs_next();
    test_timeslice_expiry_rotates();
    test_timeslice_kept_across_higher_priority();
    test_timer_and_resume_do_not_rotate();
    test_block_head_middle_tail();
    test_block_of_blocked_thread();
    test_set_priority_queued();
    test_set_priority_moves_last_thread();
    test_set_priority_unqueued();
    test_priority_extremes_and_word_boundaries();
    test_idle_when_blocked_halt_when_not();
    test_no_address_space_stops_thread();
    test_constant_time_pick();
    test_hand_over();
    test_cpu_time();
    return check_summary();
}

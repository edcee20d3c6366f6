/*
 * Benchmarks of notification ports: a signal to a thread waiting on the
 * port, of higher and of lower priority than the signaller.
 *
 * Higher priority: the signal switches to the waiter at once; one way =
 * the waiter's timestamp after its wait returned - the signaller's before
 * its signal. Lower priority: the signal only makes the waiter runnable and
 * returns; the figure is the signaller's own call. Between samples the
 * signaller drops below the waiter (untimed), so the waiter takes the bits
 * and waits again before the next signal.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"

#include <guest_test.h>

#define SIGNAL_BADGE 1u

static void waiter(uint64_t i)
{
    a9n_descriptor_t notification = scratch(SLOT_NOTIFICATION);
    enum a9n_error error = A9N_OK;
    for (unsigned k = 0; error == A9N_OK && k < BENCH_TOTAL; k++) {
        uint64_t bits = 0;
        error = a9n_notification_port_wait(notification, &bits);
        bench_stamps.end[k] = bench_now();
    }
    GUEST_CHECK_EQ(error, A9N_OK);
    helper_park(i);
}

/* Signal a waiter of higher priority: the switch happens inside the signal. */
static void signaller(uint64_t i)
{
    a9n_descriptor_t notification = scratch(SLOT_NOTIFICATION_COPY);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        enum a9n_error error = a9n_notification_port_signal(notification);
        GUEST_CHECK_EQ(error, A9N_OK);
        bench_stamps.start[k] = start;
    }
    helper_park(i);
}

/* Let the lower-priority waiter run until it waits again, then come back. */
static void step_aside(a9n_descriptor_t self)
{
    GUEST_CHECK_EQ(a9n_thread_set_priority(self, self, BENCH_PRIORITY_LOWER, BENCH_PRIORITY),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_set_priority(self, self, BENCH_PRIORITY, BENCH_PRIORITY), A9N_OK);
}

/* Signal a waiter of lower priority: the signal returns to the signaller. */
static void signaller_above(uint64_t i)
{
    a9n_descriptor_t self = scratch((unsigned)i);
    a9n_descriptor_t notification = scratch(SLOT_NOTIFICATION_COPY);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        step_aside(self);
        uint64_t start = bench_now();
        enum a9n_error error = a9n_notification_port_signal(notification);
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(error, A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.back_end[k] = end;
    }
    step_aside(self);
    helper_park(i);
}

static void signal_waiter(const char *parameters, unsigned waiter_priority,
                          void (*signalling)(uint64_t), const volatile uint64_t *end)
{
    bench_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    mint(SLOT_NOTIFICATION_COPY, SLOT_NOTIFICATION, A9N_RIGHT_WRITE, SIGNAL_BADGE);
    bench_thread_start(1, waiter, waiter_priority, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_thread_start(0, signalling, BENCH_PRIORITY, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_run(2);
    bench_record("notification_signal", parameters, bench_stamps.start, end);
    bench_end();
}

void bench_notifications(void)
{
    signal_waiter("\"waiter\": \"higher priority\"", BENCH_PRIORITY_HIGH, signaller,
                  bench_stamps.end);
    signal_waiter("\"waiter\": \"lower priority\"", BENCH_PRIORITY_LOW, signaller_above,
                  bench_stamps.back_end);
}

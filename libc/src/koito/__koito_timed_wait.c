/*
 * Waiting on a notification port until a deadline (libc, OS port; see port.h).
 *
 * A9N's notification wait has no timeout: the timer service (koito/timer, reached through
 * KOITO_SLOT_TIMER) signals the port at the deadline instead. The thread asks it to (arm, with
 * a copy of the port), waits, and, when something else woke it first, cancels the timer. A
 * timer that fires after the wait ended leaves one signal on the port, which makes the thread's
 * next wait return early: every caller rechecks its condition and waits again, as it must for
 * any spurious wake-up.
 *
 * In a system without a timer service (its slot is empty) the thread polls the port and yields
 * until the deadline instead, which costs CPU time while it waits.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/process.h>
#include <koito/protocol/timer.h>

static int timer_service_absent;

static a9n_descriptor_t timed_wait_service(void)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                KOITO_SLOT_TIMER);
}

static int timed_wait_poll(uint64_t notification, unsigned long long deadline)
{
    for (;;) {
        uint64_t bits = 0;
        if (a9n_notification_port_poll(notification, &bits) != A9N_OK || bits != 0)
            return 0;
        unsigned long long now = 0;
        if (__koito_monotonic_now(&now) != 0 || now >= deadline)
            return -ETIMEDOUT;
        a9n_yield();
    }
}

int __koito_timed_wait(uint64_t notification, unsigned long long deadline)
{
    unsigned long long now = 0;
    if (__koito_monotonic_now(&now) != 0 || now >= deadline)
        return -ETIMEDOUT;
    uint64_t timer = 0;
    if (__atomic_load_n(&timer_service_absent, __ATOMIC_RELAXED) || koito_process_info() == NULL)
        return timed_wait_poll(notification, deadline);
    enum koito_timer_error error =
        koito_timer_arm(timed_wait_service(), deadline, notification, &timer);
    if (error == (enum koito_timer_error)A9N_ERROR_EMPTY_SLOT) {
        __atomic_store_n(&timer_service_absent, 1, __ATOMIC_RELAXED);
        return timed_wait_poll(notification, deadline);
    }
    if (error != KOITO_TIMER_OK)
        return timed_wait_poll(notification, deadline);
    a9n_notification_port_wait(notification, NULL);
    if (__koito_monotonic_now(&now) == 0 && now >= deadline)
        return -ETIMEDOUT;
    /* Woken before the deadline: the timer is still pending (or firing just now). */
    koito_timer_cancel(timed_wait_service(), timer);
    return 0;
}

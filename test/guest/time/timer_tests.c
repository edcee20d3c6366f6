/*
 * The timer service's protocol (test/guest/time; koito/protocol/timer.json): every request, its
 * errors, and a client that ends with timers pending. The suite's capability to the service is
 * the one init minted into KOITO_SLOT_TIMER (badged with its process id).
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/protocol/timer.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <time.h>

#define MILLISECOND  1000000ull
#define HOUR         (3600000ull * MILLISECOND)
#define CHILD_TIMERS 8u

a9n_descriptor_t time_tests_timer(void)
{
    return koito_slot(KOITO_SLOT_TIMER);
}

/* A fresh notification port, with every right. */
static a9n_descriptor_t notification_new(void)
{
    uint64_t slot = 0;
    GUEST_CHECK_EQ(koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &slot), A9N_OK);
    return koito_slot(slot);
}

static uint64_t now(void)
{
    return (uint64_t)time_tests_monotonic();
}

static uint64_t poll_bits(a9n_descriptor_t notification)
{
    uint64_t bits = 0;
    GUEST_CHECK_EQ(a9n_notification_port_poll(notification, &bits), A9N_OK);
    return bits;
}

void test_timer_arm_fires(void)
{
    a9n_descriptor_t notification = notification_new();
    uint64_t timer = 0;
    uint64_t deadline = now() + 5 * MILLISECOND;
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), deadline, notification, &timer),
                   KOITO_TIMER_OK);
    uint64_t pending = 0, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 1);
    GUEST_CHECK_EQ(free, KOITO_TIMER_CAPACITY - 1);
    GUEST_CHECK_EQ(a9n_notification_port_wait(notification, NULL), A9N_OK);
    GUEST_CHECK(now() >= deadline);
    /* Fired: gone from the table, and its number is unknown now. */
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
    GUEST_CHECK_EQ(free, KOITO_TIMER_CAPACITY);
    GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), timer), KOITO_TIMER_ERROR_UNKNOWN_TIMER);
    /* A deadline that has passed fires at once. */
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), 1, notification, &timer), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(a9n_notification_port_wait(notification, NULL), A9N_OK);
    /* The badge of the capability sent is what the waiter sees. */
    uint64_t badged = koito_slot_allocate(1);
    GUEST_CHECK_EQ(a9n_node_mint(koito_slot(KOITO_SLOT_NODE), koito_slot(badged), notification,
                                 A9N_RIGHT_WRITE, 0x40),
                   A9N_OK);
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), 1, koito_slot(badged), &timer),
                   KOITO_TIMER_OK);
    uint64_t bits = 0;
    GUEST_CHECK_EQ(a9n_notification_port_wait(notification, &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 0x40);
}

void test_timer_cancel(void)
{
    a9n_descriptor_t notification = notification_new();
    uint64_t timer = 0;
    GUEST_CHECK_EQ(
        koito_timer_arm(time_tests_timer(), now() + 3 * MILLISECOND, notification, &timer),
        KOITO_TIMER_OK);
    GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), timer), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), timer), KOITO_TIMER_ERROR_UNKNOWN_TIMER);
    GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), 0xffffffffffull),
                   KOITO_TIMER_ERROR_UNKNOWN_TIMER);
    GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), UINT64_MAX),
                   KOITO_TIMER_ERROR_UNKNOWN_TIMER);
    /* A cancelled timer never signals: after its deadline the port is still quiet. */
    struct timespec nap = {.tv_sec = 0, .tv_nsec = 10 * MILLISECOND};
    nanosleep(&nap, NULL);
    GUEST_CHECK_EQ(poll_bits(notification), 0);
    uint64_t pending = 99, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
}

void test_timer_errors(void)
{
    uint64_t timer = 0;
    /* Not a notification port: the service's own port; a notification without WRITE. */
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), 1, time_tests_timer(), &timer),
                   KOITO_TIMER_ERROR_NOT_A_NOTIFICATION);
    a9n_descriptor_t notification = notification_new();
    uint64_t read_only = koito_slot_allocate(1);
    GUEST_CHECK_EQ(a9n_node_copy(koito_slot(KOITO_SLOT_NODE), koito_slot(read_only), notification,
                                 A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), 1, koito_slot(read_only), &timer),
                   KOITO_TIMER_ERROR_NOT_A_NOTIFICATION);
    /* The generated dispatch's checks: an unknown label, a wrong length, a missing capability. */
    uint64_t *words = koito_ipc_buffer();
    words[0] = (uint64_t)KOITO_TIMER_PROTOCOL << 16 | 99;
    struct koito_protocol_exchange exchange = koito_protocol_exchange(1);
    GUEST_CHECK_EQ(koito_protocol_call(time_tests_timer(), words, &exchange), A9N_OK);
    GUEST_CHECK_EQ(words[0], KOITO_TIMER_ERROR_UNKNOWN_REQUEST);
    words[0] = KOITO_TIMER_STATUS;
    exchange = koito_protocol_exchange(3);
    GUEST_CHECK_EQ(koito_protocol_call(time_tests_timer(), words, &exchange), A9N_OK);
    GUEST_CHECK_EQ(words[0], KOITO_TIMER_ERROR_MALFORMED_REQUEST);
    words[0] = KOITO_TIMER_ARM;
    words[1] = 1;
    exchange = koito_protocol_exchange(2);
    GUEST_CHECK_EQ(koito_protocol_call(time_tests_timer(), words, &exchange), A9N_OK);
    GUEST_CHECK_EQ(words[0], KOITO_TIMER_ERROR_MALFORMED_REQUEST);
    /* Nothing was armed by any of them. */
    uint64_t pending = 99, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
    GUEST_CHECK_EQ(poll_bits(notification), 0);
}

void test_timer_limit(void)
{
    a9n_descriptor_t notification = notification_new();
    static uint64_t timers[KOITO_TIMER_CLIENT_MAX];
    for (unsigned i = 0; i < KOITO_TIMER_CLIENT_MAX; i++)
        GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), now() + HOUR, notification, &timers[i]),
                       KOITO_TIMER_OK);
    uint64_t extra = 0;
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), now() + HOUR, notification, &extra),
                   KOITO_TIMER_ERROR_TOO_MANY_TIMERS);
    uint64_t pending = 0, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, KOITO_TIMER_CLIENT_MAX);
    GUEST_CHECK_EQ(free, KOITO_TIMER_CAPACITY - KOITO_TIMER_CLIENT_MAX);
    for (unsigned i = 0; i < KOITO_TIMER_CLIENT_MAX; i++)
        GUEST_CHECK_EQ(koito_timer_cancel(time_tests_timer(), timers[i]), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
    GUEST_CHECK_EQ(free, KOITO_TIMER_CAPACITY);
    GUEST_CHECK_EQ(poll_bits(notification), 0);
}

/* The child (child.c) arms CHILD_TIMERS timers an hour ahead and CHILD_TIMERS due in a few
 * milliseconds, then exits with status 0 (1 if an arm failed). Its timers die with it: the
 * service drops the far ones (their notification is gone) and survives the near ones firing at
 * ports that no longer exist. */
void test_timer_client_ends(void)
{
    uint32_t pid = 0;
    GUEST_CHECK_EQ(koito_spawn("time-child", &pid), A9N_OK);
    struct koito_exit exit = {.killed = true, .value = 99};
    GUEST_CHECK_EQ(koito_spawn_wait(pid, &exit), A9N_OK);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    struct timespec nap = {.tv_sec = 0, .tv_nsec = 20 * MILLISECOND};
    nanosleep(&nap, NULL); /* past the near timers' deadlines */
    uint64_t pending = 99, free = 0;
    GUEST_CHECK_EQ(koito_timer_status(time_tests_timer(), &pending, &free), KOITO_TIMER_OK);
    GUEST_CHECK_EQ(pending, 0);
    GUEST_CHECK_EQ(free, KOITO_TIMER_CAPACITY);
    /* And it still serves. */
    a9n_descriptor_t notification = notification_new();
    uint64_t timer = 0;
    GUEST_CHECK_EQ(koito_timer_arm(time_tests_timer(), now() + MILLISECOND, notification, &timer),
                   KOITO_TIMER_OK);
    GUEST_CHECK_EQ(a9n_notification_port_wait(notification, NULL), A9N_OK);
}

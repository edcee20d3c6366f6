/*
 * IPC-suite tests of IPC under the scheduler: after a call or a
 * reply-receive, the thread that runs next is the one the scheduler would
 * pick (highest priority first, round robin within a priority, a thread made
 * runnable at the tail of its queue), whether the kernel switched to the
 * partner directly on its fast path or blocked the caller and let
 * sched_run() choose. A fast path that switched when it should not would run
 * the threads in another order.
 *
 * Each test has three helper threads below the root server's priority: a
 * client that calls once, a server that answers, and a bystander that only
 * runs. They append a letter per event to a shared log:
 *   c  the client calls             r  the server has the call
 *   C  the client has the reply     b  the bystander runs
 * and the test checks the exact order, the call the server took and the
 * reply the client got.
 */
#include "helpers.h"
#include "tests.h"

#include "../capability/fixture.h"

#include <guest_test.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

enum schedule_helper { SERVER, CLIENT, BYSTANDER };

/* Three priorities between let_lower_run's (99) and the root server's (128). */
#define LOW  PRIORITY_LOW
#define MID  (PRIORITY_LOW + 10)
#define HIGH (PRIORITY_LOW + 20)

#define BADGE  0x5cu
#define LENGTH 3u

static volatile char order[16];
static volatile unsigned order_length;

static void note(char event)
{
    if (order_length < sizeof(order) - 1)
        order[order_length++] = event;
}

/* Whether the log reads `expected`; if not, show what it reads. */
static bool order_is(const char *expected)
{
    char seen[sizeof(order)];
    unsigned n = 0;
    for (; n < order_length; n++)
        seen[n] = order[n];
    seen[n] = 0;
    if (strcmp(seen, expected) == 0)
        return true;
    printf("# threads ran in the order \"%s\", expected \"%s\"\n", seen, expected);
    return false;
}

/* Take one call and answer it with each word plus one; with `wait_for_go`,
 * only once the root server signals the notification, so that it can set
 * the stage for the reply. The reply-receive then waits for a call that
 * never comes: the server stays blocked until fixture_end(). */
static void serve(uint64_t i, bool wait_for_go)
{
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(scratch(SLOT_PORT), &m);
    note('r');
    helper_record(i, error, &m);
    uint64_t bits;
    if (wait_for_go)
        a9n_notification_port_wait(scratch(SLOT_NOTIFICATION), &bits);
    for (unsigned w = 0; w < LENGTH; w++)
        m.words[w]++;
    m.info = A9N_MESSAGE_INFO(LENGTH, 0);
    a9n_ipc_port_reply_receive(scratch(SLOT_PORT), &m);
    helper_park(i);
}

static void answering_server(uint64_t i)
{
    serve(i, false);
}

static void waiting_server(uint64_t i)
{
    serve(i, true);
}

static void calling_client(uint64_t i)
{
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(LENGTH, 0), .words = {7, 8, 9}};
    note('c');
    enum a9n_error error = a9n_ipc_port_call(scratch(SLOT_COPY), &m);
    note('C');
    helper_record(i, error, &m);
    helper_park(i);
}

static void bystander(uint64_t i)
{
    note('b');
    helper_park(i);
}

static void schedule_begin(void)
{
    ipc_begin();
    order_length = 0;
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, BADGE);
}

/* Check the order, what went each way, and that the client and the
 * bystander finished while the server waits for the next call. */
static void check_exchange(const char *expected)
{
    GUEST_CHECK(order_is(expected));
    const struct helper_report *server = &helper_report[SERVER];
    GUEST_CHECK_EQ(server->count, 1);
    GUEST_CHECK_EQ(server->error, A9N_OK);
    GUEST_CHECK_EQ(server->badge, BADGE);
    GUEST_CHECK_EQ(server->info, A9N_MESSAGE_INFO(LENGTH, 0));
    for (unsigned w = 0; w < LENGTH; w++)
        GUEST_CHECK_EQ(server->words[w], 7 + w);
    GUEST_CHECK_EQ(server->done, 0);
    const struct helper_report *client = &helper_report[CLIENT];
    GUEST_CHECK_EQ(client->count, 1);
    GUEST_CHECK_EQ(client->error, A9N_OK);
    GUEST_CHECK_EQ(client->badge, 0);
    GUEST_CHECK_EQ(client->info, A9N_MESSAGE_INFO(LENGTH, 0));
    for (unsigned w = 0; w < LENGTH; w++)
        GUEST_CHECK_EQ(client->words[w], 8 + w);
    GUEST_CHECK_EQ(client->done, 1);
    GUEST_CHECK_EQ(helper_report[BYSTANDER].done, 1);
}

/* The call: the server waits in receive, then the client (first in line at
 * its priority) and the bystander (behind it if they share one) are let run. */
static void call_case(unsigned server, unsigned client, unsigned other, const char *expected)
{
    schedule_begin();
    helper_start(SERVER, answering_server, server);
    let_lower_run();
    GUEST_CHECK(order_is(""));
    helper_start(CLIENT, calling_client, client);
    helper_start(BYSTANDER, bystander, other);
    let_lower_run();
    check_exchange(expected);
    fixture_end();
}

/* The reply-receive: the server takes the call and waits; then the server
 * (first in line at its priority) and the bystander (behind it if they share
 * one) are let run. */
static void reply_case(unsigned server, unsigned client, unsigned other, const char *expected)
{
    schedule_begin();
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_NOTIFICATION);
    helper_start(SERVER, waiting_server, server);
    helper_start(CLIENT, calling_client, client);
    let_lower_run();
    GUEST_CHECK(order_is("cr"));
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_NOTIFICATION)), A9N_OK);
    helper_start(BYSTANDER, bystander, other);
    let_lower_run();
    check_exchange(expected);
    fixture_end();
}

/* The server runs at once; its reply puts the client behind the bystander. */
void test_call_to_higher_priority(void)
{
    call_case(HIGH, MID, MID, "crbC");
}

/* The server joins the tail of the queue, behind the bystander. */
void test_call_at_shared_priority(void)
{
    call_case(MID, MID, MID, "cbrC");
}

/* Nothing else is ready at the priority: the server runs next, and its
 * reply runs the client before the lower bystander. */
void test_call_at_lone_priority(void)
{
    call_case(MID, MID, LOW, "crCb");
}

/* The bystander, between the two, runs before the server. */
void test_call_to_lower_priority(void)
{
    call_case(LOW, HIGH, MID, "cbrC");
}

/* The client runs at once, before the bystander at the server's priority. */
void test_reply_to_higher_priority(void)
{
    reply_case(LOW, HIGH, LOW, "crCb");
}

/* The client joins the tail of the queue, behind the bystander. */
void test_reply_at_shared_priority(void)
{
    reply_case(MID, MID, MID, "crbC");
}

/* Nothing else is ready at the priority: the client runs next. */
void test_reply_at_lone_priority(void)
{
    reply_case(MID, MID, LOW, "crCb");
}

/* The bystander, between the two, runs before the client. */
void test_reply_to_lower_priority(void)
{
    reply_case(HIGH, LOW, MID, "crbC");
}

/*
 * The IPC suite: in-guest tests of IPC ports and notification ports
 * between threads of the root server, and of the order in which IPC lets
 * them run, through real kernel calls, run as the root program of a PVH
 * boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"ping-pong", test_ping_pong},
    {"badges tell clients apart", test_badges_tell_clients_apart},
    {"capability transfer", test_capability_transfer},
    {"nested calls", test_nested_calls},
    {"delete a port while blocked", test_delete_port_while_blocked},
    {"server suspended during a call", test_server_suspended_during_call},
    {"threads deleted while blocked", test_delete_threads_while_blocked},
    {"port errors", test_port_errors},
    {"a badge is set once", test_badge_set_once},
    {"a receiver's read-only or unmapped IPC buffer is never written",
     test_receiver_buffer_not_writable},
    {"fault to a resolver", test_fault_to_resolver},
    {"signal from another thread", test_signal_from_another_thread},
    {"signal, poll and badges", test_signal_poll_and_badges},
    {"bound notification", test_bound_notification},
    {"delete a notification while waiting", test_delete_notification_while_waiting},
    {"notification errors", test_notification_errors},
    {"call to a higher priority", test_call_to_higher_priority},
    {"call behind a thread of the same priority", test_call_at_shared_priority},
    {"call alone at a priority", test_call_at_lone_priority},
    {"call to a lower priority", test_call_to_lower_priority},
    {"reply to a higher priority", test_reply_to_higher_priority},
    {"reply behind a thread of the same priority", test_reply_at_shared_priority},
    {"reply alone at a priority", test_reply_at_lone_priority},
    {"reply to a lower priority", test_reply_to_lower_priority},
};

int main(void)
{
    return guest_test_run("ipc", tests, sizeof(tests) / sizeof(tests[0]));
}

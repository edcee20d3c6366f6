/*
 * The IPC suite: in-guest tests of IPC ports and notification ports
 * between threads of the root server, through real kernel calls, run as the
 * root program of a PVH boot.
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
    {"fault to a resolver", test_fault_to_resolver},
    {"signal from another thread", test_signal_from_another_thread},
    {"signal, poll and badges", test_signal_poll_and_badges},
    {"bound notification", test_bound_notification},
    {"delete a notification while waiting", test_delete_notification_while_waiting},
    {"notification errors", test_notification_errors},
};

int main(void)
{
    return guest_test_run("ipc", tests, sizeof(tests) / sizeof(tests[0]));
}

/*
 * The tests of the IPC suite, one group per file.
 */
#ifndef KOITO_GUEST_IPC_TESTS_H
#define KOITO_GUEST_IPC_TESTS_H

void test_ping_pong(void);
void test_badges_tell_clients_apart(void);
void test_capability_transfer(void);
void test_nested_calls(void);
void test_delete_port_while_blocked(void);
void test_server_suspended_during_call(void);
void test_delete_threads_while_blocked(void);
void test_port_errors(void);
void test_badge_set_once(void);
void test_receiver_buffer_not_writable(void);
void test_fault_to_resolver(void);
void test_signal_from_another_thread(void);
void test_signal_poll_and_badges(void);
void test_bound_notification(void);
void test_delete_notification_while_waiting(void);
void test_notification_errors(void);
void test_call_to_higher_priority(void);
void test_call_at_shared_priority(void);
void test_call_at_lone_priority(void);
void test_call_to_lower_priority(void);
void test_reply_to_higher_priority(void);
void test_reply_at_shared_priority(void);
void test_reply_at_lone_priority(void);
void test_reply_to_lower_priority(void);

#endif

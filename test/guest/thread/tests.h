/*
 * The tests of the thread suite.
 */
#ifndef KOITO_GUEST_THREAD_TESTS_H
#define KOITO_GUEST_THREAD_TESTS_H

void test_higher_priority_runs_at_once(void);
void test_lower_priority_waits(void);
void test_equal_priorities_share_the_processor(void);
void test_deleted_thread_stops(void);
void test_fault_without_resolver_stops_thread(void);
void test_tls_base(void);
void test_registers(void);
void test_configure_and_priority_errors(void);
void test_cpu_time_grows_while_running(void);
void test_cpu_time_stays_while_blocked(void);
void test_cpu_time_of_self_deleted_thread(void);
void test_cpu_time_errors(void);

#endif

/*
 * The time suite's tests (test/guest/time), shared between its files.
 */
#ifndef TIME_TESTS_H
#define TIME_TESTS_H

#include <a9n/a9n.h>

/* The monotonic clock in nanoseconds. */
long long time_tests_monotonic(void);
/* The suite's capability to the timer service (KOITO_SLOT_TIMER). */
a9n_descriptor_t time_tests_timer(void);

void test_clock_information_block(void);
void test_clock_gettime_clocks(void);
void test_clock_errors(void);
void test_clock_getres(void);
void test_clock_monotonic(void);
void test_clock_calendar_calls(void);

void test_cpu_time_grows_while_busy(void);
void test_cpu_time_still_while_sleeping(void);
void test_cpu_time_of_threads(void);

void test_nanosleep(void);
void test_nanosleep_errors(void);
void test_clock_nanosleep(void);
void test_clock_nanosleep_errors(void);
void test_sleep_usleep(void);
void test_thrd_sleep(void);

void test_cond_timedwait_times_out(void);
void test_cond_timedwait_signalled(void);
void test_mutex_timedlock(void);
void test_c11_timed(void);

void test_timer_arm_fires(void);
void test_timer_cancel(void);
void test_timer_errors(void);
void test_timer_limit(void);
void test_timer_client_ends(void);

#endif

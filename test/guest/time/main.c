/*
 * The time suite: KOITO-libc's clocks (read from the information block with no kernel call), its
 * sleeps and timed waits (woken by the timer service), and the timer service's protocol, in a
 * KOITO process: the init program of time.conf, which also starts the timer service.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"clock: the information block's calibration", test_clock_information_block},
    {"clock: every clock id", test_clock_gettime_clocks},
    {"clock: bad clock ids", test_clock_errors},
    {"clock: resolution", test_clock_getres},
    {"clock: monotonic never goes back", test_clock_monotonic},
    {"clock: time, gettimeofday and timespec_get", test_clock_calendar_calls},
    {"processor time: grows while busy", test_cpu_time_grows_while_busy},
    {"processor time: still while sleeping", test_cpu_time_still_while_sleeping},
    {"processor time: threads", test_cpu_time_of_threads},
    {"sleep: nanosleep", test_nanosleep},
    {"sleep: nanosleep errors", test_nanosleep_errors},
    {"sleep: clock_nanosleep, relative and absolute", test_clock_nanosleep},
    {"sleep: clock_nanosleep errors", test_clock_nanosleep_errors},
    {"sleep: sleep and usleep", test_sleep_usleep},
    {"sleep: thrd_sleep", test_thrd_sleep},
    {"wait: condition times out", test_cond_timedwait_times_out},
    {"wait: condition signalled before the deadline", test_cond_timedwait_signalled},
    {"wait: mutex timed lock", test_mutex_timedlock},
    {"wait: C11 timed waits", test_c11_timed},
    {"timer service: arm and fire", test_timer_arm_fires},
    {"timer service: cancel", test_timer_cancel},
    {"timer service: request errors", test_timer_errors},
    {"timer service: the client's limit", test_timer_limit},
    {"timer service: a client ends with timers pending", test_timer_client_ends},
};

int main(void)
{
    return guest_test_run("time", tests, sizeof(tests) / sizeof(tests[0]));
}

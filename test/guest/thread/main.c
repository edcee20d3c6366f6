/*
 * The thread suite: in-guest tests of threads (thread objects) and
 * the scheduler, run as the root program of a PVH boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"higher priority runs at once", test_higher_priority_runs_at_once},
    {"lower priority waits", test_lower_priority_waits},
    {"equal priorities share the processor", test_equal_priorities_share_the_processor},
    {"deleted thread stops", test_deleted_thread_stops},
    {"fault without resolver stops the thread", test_fault_without_resolver_stops_thread},
    {"TLS base", test_tls_base},
    {"registers", test_registers},
    {"configure and priority errors", test_configure_and_priority_errors},
    {"CPU time grows while running", test_cpu_time_grows_while_running},
    {"CPU time stays while blocked", test_cpu_time_stays_while_blocked},
    {"CPU time of a self-deleted thread", test_cpu_time_of_self_deleted_thread},
    {"CPU time errors", test_cpu_time_errors},
};

int main(void)
{
    return guest_test_run("thread", tests, sizeof(tests) / sizeof(tests[0]));
}

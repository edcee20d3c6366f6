/*
 * The libc-threads suite: KOITO-libc's POSIX and C11 threads in a KOITO
 * process (the init program of libc-threads.conf), where threads come from
 * libkoito and blocking waits sleep on notification ports. Each test
 * starts its own threads and joins them before it ends.
 */
#include "tests.h"

#include <guest_test.h>

struct timespec monotonic_in(long milliseconds)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long nanoseconds = now.tv_nsec + milliseconds * 1000000ll;
    now.tv_sec += nanoseconds / 1000000000ll;
    now.tv_nsec = (long)(nanoseconds % 1000000000ll);
    return now;
}

static const struct guest_test tests[] = {
    {"mutex: eight threads on a shared counter", test_mutex_counter},
    {"mutex: recursive", test_mutex_recursive},
    {"mutex: error-checking", test_mutex_errorcheck},
    {"mutex: timed lock", test_mutex_timed},
    {"spin lock", test_spinlock},
    {"condition: producers and consumers", test_condition_producer_consumer},
    {"condition: broadcast", test_condition_broadcast},
    {"condition: timed wait", test_condition_timed},
    {"rwlock: readers and writers", test_rwlock},
    {"barrier", test_barrier},
    {"once", test_once},
    {"semaphore: bounded buffer", test_semaphore_bounded_buffer},
    {"semaphore: timed waits", test_semaphore_timed},
    {"semaphore: errors", test_semaphore_errors},
    {"join results", test_join_results},
    {"detach", test_detach},
    {"thread errors", test_thread_errors},
    {"thread memory reused", test_thread_reuse},
    {"stack size attribute", test_stack_size},
    {"keys and destructors", test_keys},
    {"TLS and errno in every thread", test_tls_and_errno},
    {"cleanup handlers and pthread_exit", test_cleanup_and_exit},
    {"stream locks between threads", test_stream_locks},
    {"C11 threads", test_c11_threads},
};

int main(void)
{
    return guest_test_run("libc-threads", tests, sizeof(tests) / sizeof(tests[0]));
}

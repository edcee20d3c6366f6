/* The libc-threads suite's tests (test/guest/libc-threads), by file. */
#ifndef KOITO_GUEST_LIBC_THREADS_TESTS_H
#define KOITO_GUEST_LIBC_THREADS_TESTS_H

#include <time.h>

/* An absolute CLOCK_MONOTONIC time `milliseconds` from now. */
struct timespec monotonic_in(long milliseconds);

/* mutex_tests.c */
void test_mutex_counter(void);
void test_mutex_recursive(void);
void test_mutex_errorcheck(void);
void test_mutex_timed(void);
void test_spinlock(void);

/* condition_tests.c */
void test_condition_producer_consumer(void);
void test_condition_broadcast(void);
void test_condition_timed(void);
void test_rwlock(void);
void test_barrier(void);
void test_once(void);

/* semaphore_tests.c */
void test_semaphore_bounded_buffer(void);
void test_semaphore_timed(void);
void test_semaphore_errors(void);

/* thread_tests.c */
void test_join_results(void);
void test_detach(void);
void test_thread_errors(void);
void test_thread_reuse(void);
void test_stack_size(void);
void test_keys(void);
void test_tls_and_errno(void);
void test_cleanup_and_exit(void);
void test_stream_locks(void);
void test_c11_threads(void);

#endif

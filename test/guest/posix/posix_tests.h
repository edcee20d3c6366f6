/*
 * The POSIX server suite's tests (test/guest/posix), shared between its files.
 */
#ifndef POSIX_TESTS_H
#define POSIX_TESTS_H

#include <guest_test.h>

void test_errno_values(void);

/* processes.c: posix_spawn, waitpid, kill. */
extern const struct guest_test process_tests[];
extern const unsigned process_test_count;

/* groups.c: process groups, sessions, the console's foreground group. */
extern const struct guest_test group_tests[];
extern const unsigned group_test_count;

/* pipes.c: pipe, pipe2 and blocking ends between processes. */
extern const struct guest_test pipe_tests[];
extern const unsigned pipe_test_count;

/* poll.c: poll(), select() and pselect(). */
extern const struct guest_test poll_tests[];
extern const unsigned poll_test_count;

#endif

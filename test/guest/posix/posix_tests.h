/*
 * The POSIX server suite's tests (test/guest/posix), shared between its files.
 */
#ifndef POSIX_TESTS_H
#define POSIX_TESTS_H

#include <guest_test.h>

void test_errno_values(void);

#endif

/*
 * A small in-guest test framework in the style of seL4's sel4test: many
 * independent, named tests in one boot, a result line per test and a closing
 * "N passed, N failed" line.
 *
 * A test is a function that returns nothing and reports failures with
 * GUEST_CHECK / GUEST_CHECK_EQ; a test passes when none of its checks failed.
 */
#ifndef KOITO_GUEST_TEST_H
#define KOITO_GUEST_TEST_H

#include <stdint.h>

struct guest_test {
    const char *name;
    void (*run)(void);
};

/* Record a failed check of the running test (used by the macros). */
void guest_test_fail(const char *file, int line, const char *expression, uint64_t actual,
                     uint64_t expected);

#define GUEST_CHECK(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            guest_test_fail(__FILE__, __LINE__, #condition, 0, 0);                                 \
    } while (0)

#define GUEST_CHECK_EQ(actual, expected)                                                           \
    do {                                                                                           \
        uint64_t guest_actual_ = (uint64_t)(actual);                                               \
        uint64_t guest_expected_ = (uint64_t)(expected);                                           \
        if (guest_actual_ != guest_expected_)                                                      \
            guest_test_fail(__FILE__, __LINE__, #actual " == " #expected, guest_actual_,           \
                            guest_expected_);                                                      \
    } while (0)

/* Run every test of `tests`, print the results, and return the number of
 * failures; a suite of no tests returns 1 (failed). */
int guest_test_run(const char *suite, const struct guest_test *tests, unsigned count);

#endif

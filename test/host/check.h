/*
 * A minimal assertion kit for host unit tests.
 *
 * Layer: host tests only. Each CHECK records a pass or a failure (with file,
 * line and expression); check_summary() prints "N passed, N failed" and gives
 * the process exit status, so ctest sees a failure as a non-zero exit.
 */
#ifndef KOITO_TEST_CHECK_H
#define KOITO_TEST_CHECK_H

#include <stdio.h>

static int check_passed;
static int check_failed;

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (condition) {                                                                           \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);          \
        }                                                                                          \
    } while (0)

#define CHECK_EQ(actual, expected)                                                                 \
    do {                                                                                           \
        long long check_actual_ = (long long)(actual);                                             \
        long long check_expected_ = (long long)(expected);                                         \
        if (check_actual_ == check_expected_) {                                                    \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: check failed: %s == %s (%lld != %lld)\n", __FILE__, __LINE__,  \
                    #actual, #expected, check_actual_, check_expected_);                           \
        }                                                                                          \
    } while (0)

static inline int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed == 0 && check_passed > 0 ? 0 : 1;
}

#endif

/*
 * The in-guest test runner; see guest_test.h. Output follows TAP: "ok N - name"
 * or "not ok N - name", with failed checks as "#" diagnostics, then the
 * closing "N passed, N failed" line the test drivers look for. A suite of
 * no tests fails without that line.
 */
#include "guest_test.h"

#include <stdio.h>

static unsigned failures_in_test;

void guest_test_fail(const char *file, int line, const char *expression, uint64_t actual,
                     uint64_t expected)
{
    failures_in_test++;
    printf("# %s:%d: check failed: %s", file, line, expression);
    if (actual != expected)
        printf(" (got %#llx, expected %#llx)", (unsigned long long)actual,
               (unsigned long long)expected);
    printf("\n");
}

int guest_test_run(const char *suite, const struct guest_test *tests, unsigned count)
{
    unsigned passed = 0;
    unsigned failed = 0;
    /* A suite that ran nothing proves nothing: it fails, and prints no
     * closing line a driver could take for success. */
    if (count == 0) {
        printf("# suite %s: no tests, which is a failure\n", suite);
        return 1;
    }
    printf("# suite %s: %u tests\n1..%u\n", suite, count, count);
    for (unsigned i = 0; i < count; i++) {
        failures_in_test = 0;
        tests[i].run();
        if (failures_in_test == 0) {
            passed++;
            printf("ok %u - %s\n", i + 1, tests[i].name);
        } else {
            failed++;
            printf("not ok %u - %s\n", i + 1, tests[i].name);
        }
    }
    printf("%u passed, %u failed\n", passed, failed);
    return (int)failed;
}

/*
 * Host tests of the in-guest test runner (test/guest/framework/guest_test.c):
 * it returns the number of failed tests, and a suite that ran no tests fails.
 *
 * Layer: host tests only.
 */
#include <check.h>
#include <guest_test.h>

static void passing(void)
{
    GUEST_CHECK_EQ(1 + 1, 2);
}

static void failing(void)
{
    GUEST_CHECK_EQ(1 + 1, 3);
    GUEST_CHECK(0);
}

int main(void)
{
    const struct guest_test good[] = {{"passes", passing}, {"passes again", passing}};
    CHECK_EQ(guest_test_run("good", good, 2), 0);
    const struct guest_test mixed[] = {{"passes", passing}, {"fails", failing}};
    CHECK_EQ(guest_test_run("mixed", mixed, 2), 1);
    /* Zero tests: nothing was shown, so the suite fails. */
    CHECK_EQ(guest_test_run("empty", good, 0), 1);
    return check_summary();
}

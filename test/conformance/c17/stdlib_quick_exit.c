/*
 * ISO C17 7.22.4.7 quick_exit: the functions registered with at_quick_exit run in the reverse
 * order of their registration and those registered with atexit do not. The first registered
 * runs last: it checks the order and ends the program with _Exit and the checks' status; if
 * quick_exit ran no handler the program ends with EXIT_FAILURE.
 */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>

static int order[8];
static int ran;
static int atexit_ran;

static void record(int n)
{
    if (ran < 8)
        order[ran] = n;
    ran++;
}

static void first(void)
{
    record(1);
}

static void second(void)
{
    record(2);
}

static void not_run(void)
{
    atexit_ran++;
}

static void last(void)
{
    CHECK_EQ(ran, 3);
    CHECK_EQ(order[0], 2);
    CHECK_EQ(order[1], 1);
    CHECK_EQ(order[2], 2);
    CHECK_EQ(atexit_ran, 0);
    int status = check_summary();
    fflush(stdout);
    _Exit(status);
}

int main(void)
{
    CHECK_EQ(atexit(not_run), 0);
    CHECK_EQ(at_quick_exit(last), 0);
    CHECK_EQ(at_quick_exit(second), 0);
    CHECK_EQ(at_quick_exit(first), 0);
    CHECK_EQ(at_quick_exit(second), 0);
    quick_exit(EXIT_FAILURE);
}

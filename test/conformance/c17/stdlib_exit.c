/*
 * ISO C17 7.22.4.4 exit: the functions registered with atexit run in the reverse order of
 * their registration (a function registered twice runs twice), at least 32 can be registered,
 * and those registered with at_quick_exit do not run. The first function registered runs last:
 * it checks the order and ends the program with _Exit and the checks' status; if exit ran no
 * handler at all the program ends with EXIT_FAILURE.
 */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>

#define HANDLERS 32

static int order[HANDLERS + 2];
static int ran;
static int quick_ran;

#define HANDLER(n)                                                                                 \
    static void handler_##n(void)                                                                  \
    {                                                                                              \
        if (ran < HANDLERS + 2)                                                                    \
            order[ran] = n;                                                                        \
        ran++;                                                                                     \
    }
HANDLER(1)
HANDLER(2)
HANDLER(3)

static void quick_handler(void)
{
    quick_ran++;
}

/* Registered first, so run last. */
static void last(void)
{
    /* Registered: last, handler_1, handler_2 twice, then handler_3 up to HANDLERS in all. */
    CHECK_EQ(ran, HANDLERS - 1);
    int reverse = 1;
    for (int i = 0; i < HANDLERS - 4; i++)
        reverse &= order[i] == 3;
    CHECK(reverse);
    CHECK_EQ(order[HANDLERS - 4], 2);
    CHECK_EQ(order[HANDLERS - 3], 2);
    CHECK_EQ(order[HANDLERS - 2], 1);
    CHECK_EQ(quick_ran, 0);
    int status = check_summary();
    fflush(stdout);
    _Exit(status);
}

int main(void)
{
    CHECK_EQ(atexit(last), 0);
    CHECK_EQ(atexit(handler_1), 0);
    CHECK_EQ(atexit(handler_2), 0);
    CHECK_EQ(atexit(handler_2), 0);
    for (int i = 4; i < HANDLERS; i++)
        CHECK_EQ(atexit(handler_3), 0);
    CHECK_EQ(at_quick_exit(quick_handler), 0);
    exit(EXIT_FAILURE);
}

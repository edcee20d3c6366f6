/*
 * ISO C17 7.13 <setjmp.h>: setjmp returns 0 when called directly; longjmp makes it return
 * again with the value given (1 for 0); it unwinds any number of frames; volatile locals keep
 * the values they had at the longjmp; a jmp_buf can be reused.
 */
#include "check.h"
#include <setjmp.h>
#include <stdio.h>

static jmp_buf target;
static int depth_reached;

static void jump_from(int depth, int value)
{
    depth_reached = depth;
    if (depth == 0)
        longjmp(target, value);
    jump_from(depth - 1, value);
    CHECK(!"longjmp returned");
}

static void returns_values(void)
{
    volatile int calls = 0;
    int value = setjmp(target);
    calls++;
    if (value == 0) {
        jump_from(0, 7);
        CHECK(!"not reached");
    }
    CHECK_EQ(value, 7);
    CHECK_EQ(calls, 2);
}

static void zero_becomes_one(void)
{
    int value = setjmp(target);
    if (value == 0)
        longjmp(target, 0);
    CHECK_EQ(value, 1);
}

static void unwinds_frames(void)
{
    volatile int local = 1;
    switch (setjmp(target)) {
    case 0:
        local = 2;
        jump_from(100, 3);
        break;
    case 3:
        CHECK_EQ(local, 2); /* a volatile local keeps its value at the longjmp */
        CHECK_EQ(depth_reached, 0);
        break;
    default:
        CHECK(!"unexpected value");
    }
}

static void reused(void)
{
    volatile int rounds = 0;
    int value = setjmp(target);
    if (value < 5) {
        rounds++;
        longjmp(target, value + 1);
    }
    CHECK_EQ(value, 5);
    CHECK_EQ(rounds, 5);
}

/* setjmp in each of the contexts 7.13.1.1p4 allows. */
static void contexts(void)
{
    volatile int seen = 0;
    if (!setjmp(target))
        longjmp(target, 1);
    else
        seen |= 1;
    if (setjmp(target) == 0)
        longjmp(target, 2);
    else
        seen |= 2;
    if (!(setjmp(target) != 0))
        longjmp(target, 3);
    else
        seen |= 4;
    CHECK_EQ(seen, 7);
}

int main(void)
{
    returns_values();
    zero_becomes_one();
    unwinds_frames();
    reused();
    contexts();
    return check_summary();
}

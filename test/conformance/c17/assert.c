/*
 * ISO C17 7.2 <assert.h>: assert's expansion follows NDEBUG at each inclusion (7.2p1), a true
 * assertion does nothing, assert is an expression of type void, and static_assert is
 * _Static_assert.
 */
#include "check.h"
#include <stdio.h>

static int evaluations;

static int count(int value)
{
    evaluations++;
    return value;
}

/* With NDEBUG defined, assert evaluates nothing: its argument is not evaluated at all. */
#define NDEBUG
#include <assert.h>
static void assert_disabled(void)
{
    evaluations = 0;
    assert(count(0));
    CHECK_EQ(evaluations, 0);
    (void)count;
}

/* Included again without NDEBUG, assert is live: a true assertion evaluates its argument once
 * and returns; a false one would abort. */
#undef NDEBUG
#include <assert.h>
static void assert_enabled(void)
{
    evaluations = 0;
    assert(count(1));
    CHECK_EQ(evaluations, 1);
    assert(count(2) == 2 && "a message as a string literal");
    CHECK_EQ(evaluations, 2);
    /* An expression of type void, usable in a comma expression. */
    int value = (assert(1), 7);
    CHECK_EQ(value, 7);
}

static_assert(sizeof(char) == 1, "static_assert is _Static_assert");

int main(void)
{
    assert_disabled();
    assert_enabled();
#ifdef static_assert
    CHECK(1);
#else
    CHECK(!"static_assert is a macro of <assert.h>");
#endif
    return check_summary();
}

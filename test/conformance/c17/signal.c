/*
 * ISO C17 7.14 <signal.h>: signal installs a handler and returns the previous one; raise calls
 * the handler synchronously, before raise returns 0; a handler may store to a volatile
 * sig_atomic_t; SIG_IGN ignores the signal; SIG_DFL is what signal first returns (every
 * default of ISO C's signals ends the program, so it is not raised here); a handler may
 * reinstall itself; an invalid signal number gives SIG_ERR and a positive errno.
 */
#include "check.h"
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>

static volatile sig_atomic_t caught;
static volatile sig_atomic_t caught_number;

static void handler(int number)
{
    caught++;
    caught_number = number;
}

static void reinstalling(int number)
{
    caught++;
    signal(number, reinstalling);
}

int main(void)
{
    const int numbers[] = {SIGABRT, SIGFPE, SIGILL, SIGINT, SIGSEGV, SIGTERM};
    for (int i = 0; i < 6; i++)
        for (int j = i + 1; j < 6; j++)
            CHECK(numbers[i] != numbers[j] && numbers[i] > 0);
    CHECK(SIG_ATOMIC_MIN <= 0 && SIG_ATOMIC_MAX >= 127);

    /* The first call returns the default disposition. */
    CHECK(signal(SIGINT, handler) == SIG_DFL);
    CHECK_EQ(raise(SIGINT), 0);
    CHECK_EQ(caught, 1);
    CHECK_EQ(caught_number, SIGINT);
    /* Installing again returns the handler, if it was not reset to SIG_DFL on delivery. */
    void (*previous)(int) = signal(SIGINT, SIG_IGN);
    CHECK(previous == handler || previous == SIG_DFL);
    CHECK_EQ(raise(SIGINT), 0); /* ignored */
    CHECK_EQ(caught, 1);
    CHECK(signal(SIGINT, SIG_DFL) == SIG_IGN);

    caught = 0;
    CHECK(signal(SIGTERM, reinstalling) == SIG_DFL);
    CHECK_EQ(raise(SIGTERM), 0);
    CHECK_EQ(raise(SIGTERM), 0);
    CHECK_EQ(caught, 2);
    CHECK(signal(SIGTERM, SIG_IGN) == reinstalling);
    CHECK_EQ(raise(SIGTERM), 0);
    CHECK_EQ(caught, 2);

    /* Synchronous SIGFPE and SIGABRT through raise reach their handlers as well. */
    caught = 0;
    signal(SIGFPE, handler);
    signal(SIGABRT, handler);
    CHECK_EQ(raise(SIGFPE), 0);
    CHECK_EQ(caught_number, SIGFPE);
    CHECK_EQ(raise(SIGABRT), 0);
    CHECK_EQ(caught_number, SIGABRT);
    CHECK_EQ(caught, 2);

    errno = 0;
    CHECK(signal(-1, handler) == SIG_ERR);
    CHECK(errno > 0);
    errno = 0;
    CHECK(signal(100000, handler) == SIG_ERR);
    CHECK(errno > 0);
    CHECK(raise(100000) != 0);
    return check_summary();
}

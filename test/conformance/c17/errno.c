/*
 * ISO C17 7.5 <errno.h>: errno is a modifiable lvalue of type int, zero at program start, set
 * by library functions only to positive values and never cleared by them; EDOM, EILSEQ and
 * ERANGE are distinct positive integer constant expressions usable in #if.
 */
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#if !(EDOM > 0 && EILSEQ > 0 && ERANGE > 0)
#error "EDOM, EILSEQ and ERANGE must be positive constants usable in #if"
#endif

int main(void)
{
    /* 7.5p3: zero at program startup. */
    CHECK_EQ(errno, 0);
    CHECK(EDOM != ERANGE && EDOM != EILSEQ && ERANGE != EILSEQ);

    /* A modifiable lvalue of type int. */
    int *where = &errno;
    *where = 1234;
    CHECK_EQ(errno, 1234);
    CHECK(_Generic(errno, int : 1, default : 0));

    /* Set by a failing library call (strtol overflow), positive. */
    errno = 0;
    long value = strtol("999999999999999999999999999999", NULL, 10);
    CHECK_EQ(value, LONG_MAX);
    CHECK_EQ(errno, ERANGE);

    /* Never set to zero by a library function that succeeds (7.5p3). */
    errno = EDOM;
    CHECK_EQ(strtol("42", NULL, 10), 42);
    CHECK_EQ(errno, EDOM);
    errno = EILSEQ;
    CHECK(strlen("abc") == 3);
    CHECK_EQ(errno, EILSEQ);

    /* The messages of the three are distinct, non-empty strings. */
    char edom[256], erange[256];
    strncpy(edom, strerror(EDOM), sizeof edom - 1);
    edom[sizeof edom - 1] = '\0';
    strncpy(erange, strerror(ERANGE), sizeof erange - 1);
    erange[sizeof erange - 1] = '\0';
    CHECK(edom[0] != '\0' && erange[0] != '\0');
    CHECK(strcmp(edom, erange) != 0);
    return check_summary();
}

/* __assert_fail(): what a failed assert() does (libc, assert): report the
 * expression and where it failed on stderr, then abort(). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

_Noreturn void __assert_fail(const char *expression, const char *file, int line,
                             const char *function)
{
    fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, function, expression);
    fflush(stderr);
    abort();
}

/*
 * The libc-core suite: in-guest tests of KOITO-libc's portable core, run as
 * the root program of a PVH boot. The host tests compare the library with
 * glibc; these check the same code as the guest runs it (SSE2 string paths,
 * the x86_64 setjmp, the interim OS port's answers).
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"memcpy, memset, memmove, strlen, memchr at every size", test_string_vectors},
    {"string searches", test_string_searches},
    {"strto family", test_strto},
    {"qsort", test_qsort},
    {"snprintf and strftime", test_formatting},
    {"setjmp and longjmp", test_setjmp},
    {"signal and raise", test_signals},
    {"time conversions and the missing clock", test_time},
    {"UTF-8 conversions", test_utf8},
    {"getopt", test_getopt},
    {"error and signal messages", test_messages},
    {"stream locks", test_stream_locks},
};

int main(void)
{
    return guest_test_run("libc-core", tests, sizeof(tests) / sizeof(tests[0]));
}

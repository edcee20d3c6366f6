/*
 * Tests of the kernel-call entry itself: yield and unknown call numbers.
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>

void test_yield_returns_ok(void)
{
    for (int i = 0; i < 100; i++)
        GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
}

void test_unknown_kernel_calls(void)
{
    /* 0 is the capability call and 1 yield; 2 was the debug call, which is
     * now a capability (A9N_OBJECT_DEBUG). */
    static const uint64_t numbers[] = {
        2, 3, 4, 0xff, 0x100, 0x7fffffff, 0xffffffffull, 0x8000000000000000ull, ~0ull};
    for (unsigned i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
        GUEST_CHECK_EQ(a9n_kernel_call_0(numbers[i]), A9N_ERROR_UNKNOWN_CALL);
}

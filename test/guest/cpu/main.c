/*
 * The cpu suite: user CPU state (flags, segment selectors, FS base,
 * extended registers) against the kernel, run as the root program of a PVH
 * boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"NT set by popf, then another thread leaves by iretq", test_nt_then_iretq},
    {"random flags and selectors through every return path", test_random_user_state},
    {"two threads share a TLS base across segment reloads", test_shared_tls_base},
    {"extended registers stay with their thread", test_extended_state_isolation},
    {"code built with -mavx2 keeps its ymm state across switches", test_avx2_code},
    {"extended registers stay with their address space", test_extended_state_across_address_spaces},
};

int main(void)
{
    return guest_test_run("cpu", tests, sizeof(tests) / sizeof(tests[0]));
}

/*
 * The vspace suite: in-guest tests of threads running in address spaces
 * built from generic memory and of the root server resolving their faults
 * (page faults, protection faults, unknown kernel calls), through real
 * kernel calls, run as the root program of a PVH boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"program in a second address space", test_program_in_second_address_space},
    {"revoke tears a second address space down", test_revoke_tears_down},
    {"page fault resolved with a 4 KiB frame", test_page_fault_4kib},
    {"page fault resolved with a 2 MiB frame", test_page_fault_2mib},
    {"write to a protected frame faults", test_protect_then_write_faults},
    {"deleted frame faults", test_deleted_frame_faults},
    {"resolver emulates an unknown kernel call", test_unknown_call_emulated},
};

int main(void)
{
    return guest_test_run("vspace", tests, sizeof(tests) / sizeof(tests[0]));
}

/*
 * The kernel suite: in-guest tests of the kernel calls, the root server's
 * start state, context switching and I/O port access, run as the root
 * program of a PVH boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"boot info header", test_boot_info_header},
    {"boot info memory map", test_boot_info_memory_map},
    {"boot info command line", test_boot_info_command_line},
    {"boot info modules", test_boot_info_modules},
    {"IPC buffer is writable", test_ipc_buffer_is_writable},
    {"debug write succeeds", test_debug_write_succeeds},
    {"debug write of nothing", test_debug_write_empty},
    {"debug write too long", test_debug_write_too_long},
    {"debug write from a kernel address", test_debug_write_kernel_address},
    {"debug write from an unmapped address", test_debug_write_unmapped_address},
    {"debug write from a non-canonical address", test_debug_write_non_canonical},
    {"debug write of a wrapping range", test_debug_write_wrapping_range},
    {"debug write running into an unmapped page", test_debug_write_range_into_unmapped_page},
    {"debug capability printing counters", test_debug_print_counters},
    {"debug capability with an unknown operation", test_debug_unknown_operation},
    {"no debug output without the debug capability", test_debug_needs_capability},
    {"yield returns OK", test_yield_returns_ok},
    {"unknown kernel calls", test_unknown_kernel_calls},
    {"registers preserved across a kernel call", test_registers_preserved_across_kernel_call},
    {"vector registers preserved across a kernel call",
     test_vector_registers_preserved_across_kernel_call},
    {"registers preserved across preemption", test_registers_preserved_across_preemption},
    {"vector registers preserved across preemption",
     test_vector_registers_preserved_across_preemption},
    {"I/O port read through the root capability", test_root_reads_io_port_through_capability},
    {"direct I/O port access faults", test_direct_io_port_access_faults},
};

int main(void)
{
    return guest_test_run("kernel", tests, sizeof(tests) / sizeof(tests[0]));
}

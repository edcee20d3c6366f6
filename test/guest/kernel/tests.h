/*
 * The tests of the kernel suite, one group per file.
 */
#ifndef KOITO_GUEST_KERNEL_TESTS_H
#define KOITO_GUEST_KERNEL_TESTS_H

void test_boot_info_header(void);
void test_boot_info_memory_map(void);
void test_boot_info_command_line(void);
void test_boot_info_modules(void);
void test_ipc_buffer_is_writable(void);
void test_debug_write_succeeds(void);
void test_debug_write_empty(void);
void test_debug_write_too_long(void);
void test_debug_write_kernel_address(void);
void test_debug_write_unmapped_address(void);
void test_debug_write_non_canonical(void);
void test_debug_write_wrapping_range(void);
void test_debug_write_range_into_unmapped_page(void);
void test_debug_print_counters(void);
void test_debug_unknown_operation(void);
void test_debug_needs_capability(void);
void test_yield_returns_ok(void);
void test_unknown_kernel_calls(void);
void test_registers_preserved_across_kernel_call(void);
void test_vector_registers_preserved_across_kernel_call(void);
void test_registers_preserved_across_preemption(void);
void test_vector_registers_preserved_across_preemption(void);
void test_root_reads_io_port_through_capability(void);
void test_direct_io_port_access_faults(void);

#endif

/*
 * Tests of the debug kernel call (A9N_KERNEL_CALL_DEBUG): its success cases
 * and every error it can return.
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <string.h>

static char long_text[A9N_DEBUG_WRITE_MAX + 1];

void test_debug_write_succeeds(void)
{
    static const char text[] = "# debug write from the kernel suite\n";
    GUEST_CHECK_EQ(a9n_debug_write(text, sizeof(text) - 1), A9N_OK);
}

void test_debug_write_empty(void)
{
    GUEST_CHECK_EQ(a9n_debug_write("", 0), A9N_OK);
    /* Zero bytes read nothing, so even a bad address is fine. */
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0x10, 0), A9N_OK);
}

void test_debug_write_too_long(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(long_text, sizeof(long_text)), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_debug_write(long_text, ~0ull), A9N_ERROR_INVALID_ARGUMENT);
}

void test_debug_write_kernel_address(void)
{
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0xffffffff80200000ull, 8),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0xffff800000000000ull, 8),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_unmapped_address(void)
{
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0, 1), A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0x1000, 16), A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_non_canonical(void)
{
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0x0000800000000000ull, 1),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0x00007ffffffffff8ull, 16),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_wrapping_range(void)
{
    GUEST_CHECK_EQ(a9n_debug_write((const void *)0xfffffffffffffff0ull, 32),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_range_into_unmapped_page(void)
{
    /* The IPC buffer page is followed by an unmapped page (<a9n/root_info.h>). */
    char *end = (char *)koito_ipc_buffer() + A9N_IPC_BUFFER_SIZE;
    memcpy(end - 4, "#ok\n", 4);
    GUEST_CHECK_EQ(a9n_debug_write(end - 4, 8), A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write(end - 4, 4), A9N_OK);
}

void test_debug_print_counters(void)
{
    GUEST_CHECK_EQ(a9n_debug_print_counters(), A9N_OK);
}

void test_debug_unknown_operation(void)
{
    GUEST_CHECK_EQ(a9n_kernel_call_3(A9N_KERNEL_CALL_DEBUG, A9N_DEBUG_PRINT_COUNTERS + 1, 0, 0),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_kernel_call_3(A9N_KERNEL_CALL_DEBUG, ~0ull, 0, 0), A9N_ERROR_UNKNOWN_CALL);
}

/*
 * Tests of the debug capability (A9N_OBJECT_DEBUG, slot A9N_ROOT_SLOT_DEBUG
 * of the root server): its success cases, every error it can return, and
 * that without the capability there is no debug output at all.
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_debug.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <string.h>

static char long_text[A9N_DEBUG_WRITE_MAX + 1];

void test_debug_write_succeeds(void)
{
    static const char text[] = "# debug write from the kernel suite\n";
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), text, sizeof(text) - 1), A9N_OK);
}

void test_debug_write_empty(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), "", 0), A9N_OK);
    /* Zero bytes read nothing, so even a bad address is fine. */
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0x10, 0), A9N_OK);
}

void test_debug_write_too_long(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), long_text, sizeof(long_text)),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), long_text, ~0ull), A9N_ERROR_INVALID_ARGUMENT);
}

void test_debug_write_kernel_address(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0xffffffff80200000ull, 8),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0xffff800000000000ull, 8),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_unmapped_address(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0, 1), A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0x1000, 16),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_non_canonical(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0x0000800000000000ull, 1),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0x00007ffffffffff8ull, 16),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_wrapping_range(void)
{
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)0xfffffffffffffff0ull, 32),
                   A9N_ERROR_INVALID_ADDRESS);
}

void test_debug_write_range_into_unmapped_page(void)
{
    /* The IPC buffer page is followed by an unmapped page (<a9n/root_info.h>). */
    char *end = (char *)koito_ipc_buffer() + A9N_IPC_BUFFER_SIZE;
    memcpy(end - 4, "#ok\n", 4);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), end - 4, 8), A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), end - 4, 4), A9N_OK);
}

void test_debug_print_counters(void)
{
    GUEST_CHECK_EQ(a9n_debug_print_counters(guest_debug()), A9N_OK);
}

void test_debug_unknown_operation(void)
{
    uint64_t mr[A9N_MESSAGE_REGISTERS] = {0};
    GUEST_CHECK_EQ(a9n_capability_call(guest_debug(), A9N_DEBUG_PRINT_COUNTERS + 1, mr),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_capability_call(guest_debug(), A9N_DEBUG_WRITE & ~0xffull, mr),
                   A9N_ERROR_UNKNOWN_CALL);
}

/* A free root slot (one of those reserved for later initial capabilities). */
#define SPARE_SLOT 15u

void test_debug_needs_capability(void)
{
    static const char text[] = "# must not appear\n";
    unsigned radix = koito_root_info()->node_radix;
    a9n_descriptor_t spare = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, SPARE_SLOT);
    a9n_descriptor_t node = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, A9N_ROOT_SLOT_NODE);
    /* The kernel call that used to be the debug call is no longer one. */
    GUEST_CHECK_EQ(a9n_kernel_call_3(2, 0, (uint64_t)(uintptr_t)text, sizeof(text) - 1),
                   A9N_ERROR_UNKNOWN_CALL);
    GUEST_CHECK_EQ(a9n_debug_write(spare, text, sizeof(text) - 1), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_debug_print_counters(spare), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_debug_write(node, text, sizeof(text) - 1), A9N_ERROR_WRONG_TYPE);
    /* A copy without WRITE can do nothing; a full copy as much as the original. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, spare, guest_debug(), A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_debug_write(spare, text, sizeof(text) - 1), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_debug_print_counters(spare), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, spare), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, spare, guest_debug(), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_debug_write(spare, "# a copy writes\n", 16), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, spare), A9N_OK);
}

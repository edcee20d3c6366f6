/*
 * Memory-suite tests of identifier pools: address spaces take identifiers
 * from the pool their converter names, so each holder can use up only its
 * own pool; issuing narrower pools and their errors.
 *
 * Scratch slots: 0..4 address spaces, 20 and 21 two pools, 22 a copy.
 */
#include "memory.h"
#include "tests.h"

#include <guest_test.h>

#define POOL_A  20u
#define POOL_B  21u
#define COPY    22u
/* High identifiers: the other tests take the lowest free ones. */
#define FIRST_A 4000u
#define FIRST_B 4002u

static enum a9n_error convert_with(unsigned pool, unsigned n)
{
    return a9n_generic_convert(fixture_generic, A9N_OBJECT_ADDRESS_SPACE, 0, 1, A9N_DESCRIPTOR_ROOT,
                               fixture_scratch + n, scratch(pool));
}

static uint64_t free_in(unsigned pool)
{
    uint64_t first = 0, count = 0, free = ~UINT64_C(0);
    GUEST_CHECK_EQ(a9n_identifier_pool_get_info(scratch(pool), &first, &count, &free), A9N_OK);
    return free;
}

void test_identifier_pools(void)
{
    fixture_begin();
    a9n_descriptor_t all = root_slot(A9N_ROOT_SLOT_IDENTIFIERS);
    uint64_t first = 0, count = 0, free = 0;
    GUEST_CHECK_EQ(a9n_identifier_pool_get_info(all, &first, &count, &free), A9N_OK);
    GUEST_CHECK_EQ(first, 1);
    GUEST_CHECK(count >= FIRST_B + 2);
    GUEST_CHECK(free > 0 && free < count);
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(all, FIRST_A, 2, A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + POOL_A),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(all, FIRST_B, 2, A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + POOL_B),
                   A9N_OK);

    /* The holder of A uses up A; the holder of B still converts. */
    GUEST_CHECK_EQ(convert_with(POOL_A, 0), A9N_OK);
    GUEST_CHECK_EQ(convert_with(POOL_A, 1), A9N_OK);
    GUEST_CHECK_EQ(free_in(POOL_A), 0);
    GUEST_CHECK_EQ(convert_with(POOL_A, 2), A9N_ERROR_NOT_ENOUGH_MEMORY);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(convert_with(POOL_B, 2), A9N_OK);
    GUEST_CHECK_EQ(free_in(POOL_B), 1);
    /* An address space gone gives its identifier back to the pool. */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(free_in(POOL_A), 1);
    GUEST_CHECK_EQ(convert_with(POOL_A, 0), A9N_OK);

    /* Other types ignore the pool argument; address spaces need a pool with WRITE. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 1, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 3, ~UINT64_C(0)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_ADDRESS_SPACE, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + 4, scratch(3)),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(COPY), scratch(POOL_B), A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(convert_with(COPY, 4), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(free_in(COPY), 1);

    /* Issuing stays inside the pool. */
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(scratch(POOL_A), FIRST_A + 1, 2,
                                                   A9N_DESCRIPTOR_ROOT, fixture_scratch + 4),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(scratch(POOL_A), FIRST_A, 0, A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + 4),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(scratch(POOL_A), ~UINT64_C(0), 2,
                                                   A9N_DESCRIPTOR_ROOT, fixture_scratch + 4),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(slot_type(scratch(4)), A9N_OBJECT_NONE);

    /* The pools are not made from the generic: give them back by hand. */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(COPY)), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, all), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(POOL_A)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(POOL_B)), A9N_OBJECT_NONE);
    fixture_end();
}

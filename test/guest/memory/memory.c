/*
 * Helpers of the memory suite; see memory.h.
 */
#include "memory.h"

#include <guest_test.h>
#include <koito/boot.h>

enum a9n_error memory_convert(enum a9n_object_type type, uint64_t size_bits, uint64_t count,
                              unsigned n)
{
    return a9n_generic_convert(fixture_generic, type, size_bits, count, A9N_DESCRIPTOR_ROOT,
                               fixture_scratch + n, root_slot(A9N_ROOT_SLOT_IDENTIFIERS));
}

uint64_t memory_missing_depth(unsigned n, uint64_t address, uint64_t size_bits)
{
    uint64_t depth = ~UINT64_C(0);
    GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(scratch(n), address, size_bits, &depth),
                   A9N_OK);
    return depth;
}

void memory_build_tree(unsigned as, unsigned tables, uint64_t address)
{
    GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_ADDRESS_SPACE, 0, 1, as), A9N_OK);
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++) {
        unsigned table = tables + depth - 1;
        GUEST_CHECK_EQ(memory_convert(A9N_OBJECT_PAGE_TABLE, depth, 1, table), A9N_OK);
        GUEST_CHECK_EQ(a9n_page_table_map(scratch(table), scratch(as), address), A9N_OK);
    }
}

uint64_t memory_frame_sizes(unsigned n)
{
    uint64_t sizes = 0;
    GUEST_CHECK_EQ(a9n_address_space_get_frame_sizes(scratch(n), &sizes), A9N_OK);
    return sizes;
}

a9n_descriptor_t memory_other_generic(void)
{
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_generic *generics = a9n_root_info_generics(info);
    const struct a9n_root_generic *best = 0;
    for (unsigned i = 0; i < info->generic_count; i++) {
        const struct a9n_root_generic *g = &generics[i];
        if (g->slot != fixture_generic_slot && !(g->flags & A9N_GENERIC_DEVICE) &&
            (!best || g->size_bits > best->size_bits))
            best = g;
    }
    GUEST_CHECK(best != 0);
    return best ? root_slot(best->slot) : A9N_DESCRIPTOR_INVALID;
}

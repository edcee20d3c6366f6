/*
 * Walks of translation trees (portable core), shared by the address-space,
 * page-table and frame objects; see include/kernel/vspace.h. Entries are read
 * only through the HAL's portable view (<hal/vspace.h>), so the walk knows
 * depths, never an architecture's levels.
 */
#include <kernel/vspace.h>

enum vspace_walk_status vspace_walk(uint64_t root, uint64_t address, unsigned depth,
                                    struct vspace_walk *walk)
{
    uint64_t table = root;
    for (unsigned current = 0; current < depth; current++) {
        hal_vspace_entry_t entry = *hal_vspace_entry_at(table, current, address);
        switch (hal_vspace_entry_kind(entry, current)) {
        case HAL_VSPACE_ENTRY_EMPTY:
            walk->depth = current + 1;
            return VSPACE_TABLE_MISSING;
        case HAL_VSPACE_ENTRY_FRAME:
            walk->depth = current;
            return VSPACE_FRAME_IN_WAY;
        case HAL_VSPACE_ENTRY_TABLE:
            table = hal_vspace_entry_physical(entry);
            break;
        }
    }
    walk->entry = hal_vspace_entry_at(table, depth, address);
    return VSPACE_FOUND;
}

bool vspace_user_range(uint64_t address, unsigned size_bits)
{
    uint64_t end;
    return !__builtin_add_overflow(address, UINT64_C(1) << size_bits, &end) &&
           end <= hal_user_space_end();
}

unsigned vspace_frame_depth(uint64_t size_bits)
{
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++) {
        if (hal_vspace_entry_bits(depth) == size_bits && hal_vspace_frame_at_depth(depth))
            return depth;
    }
    return 0;
}

void vspace_clear_user(uint64_t root)
{
    uint64_t step = UINT64_C(1) << hal_vspace_entry_bits(0);
    for (uint64_t address = 0; address < hal_user_space_end(); address += step)
        *hal_vspace_entry_at(root, 0, address) = 0;
}

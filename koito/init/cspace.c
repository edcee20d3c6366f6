/*
 * Init's own capability space and memory (KOITO init); see init.h for the layout.
 *
 * General memory: the root generics that are neither reclaimable (they still hold init's own
 * image) nor device memory. Once ULMM runs, init keeps only its reserve of it (memory.c).
 * Conversions take the first generic that has room, the reserve's first; the kernel's
 * generics hand memory out upwards and get it back only when nothing made from them is left, so
 * init keeps what it makes for good (the bookkeeping node, named ports, per-entry blocks) and
 * reuses blocks instead of giving them back.
 */
#include "init.h"

#include <stdio.h>

struct init_state init;

a9n_descriptor_t init_root_slot(unsigned index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, init.root_radix, index);
}

a9n_descriptor_t init_identifier_pool(void)
{
    return init_root_slot(A9N_ROOT_SLOT_IDENTIFIERS);
}

a9n_descriptor_t init_book_node(void)
{
    return init_root_slot(init.book_slot);
}

a9n_descriptor_t init_book_slot(unsigned index)
{
    return a9n_descriptor_child(init_book_node(), INIT_BOOK_RADIX, index);
}

bool init_generic_is_general(const struct a9n_root_generic *generic)
{
    uint64_t flags = 0;
    if (generic->flags & A9N_ROOT_GENERIC_RECLAIMABLE)
        return false;
    if (a9n_generic_get_info(init_root_slot(generic->slot), NULL, NULL, &flags) != A9N_OK)
        return false;
    return (flags & A9N_GENERIC_DEVICE) == 0;
}

static enum a9n_error cspace_convert(enum a9n_object_type type, unsigned size_bits, unsigned count,
                                     a9n_descriptor_t node, unsigned index)
{
    const struct a9n_root_generic *generics = a9n_root_info_generics(init.root);
    enum a9n_error error = A9N_ERROR_NOT_ENOUGH_MEMORY;
    for (unsigned i = 0; i < init.reserve_count; i++) {
        error = a9n_generic_convert(init_book_slot(INIT_BOOK_FIRST_RESERVE + i), type, size_bits,
                                    count, node, index, init_identifier_pool());
        if (error != A9N_ERROR_NOT_ENOUGH_MEMORY)
            return error;
    }
    for (uint32_t i = 0; i < init.root->generic_count; i++) {
        if (!init_generic_is_general(&generics[i]))
            continue;
        error = a9n_generic_convert(init_root_slot(generics[i].slot), type, size_bits, count, node,
                                    index, init_identifier_pool());
        if (error != A9N_ERROR_NOT_ENOUGH_MEMORY)
            return error;
    }
    return error;
}

enum a9n_error init_convert(enum a9n_object_type type, unsigned size_bits, unsigned count,
                            unsigned index)
{
    return cspace_convert(type, size_bits, count, init_book_node(), index);
}

enum a9n_error init_cspace_setup(void)
{
    init.root_radix = init.root->node_radix;
    init.book_slot =
        A9N_ROOT_SLOT_FIRST_GENERIC + init.root->generic_count + init.root->mapping_count;
    if (init.book_slot >= (1u << init.root_radix))
        return A9N_ERROR_INDEX_OUT_OF_RANGE;
    enum a9n_error error = cspace_convert(A9N_OBJECT_NODE, INIT_BOOK_RADIX, 1,
                                          init_root_slot(A9N_ROOT_SLOT_NODE), init.book_slot);
    if (error == A9N_OK)
        error = init_convert(A9N_OBJECT_IPC_PORT, 0, 1, INIT_BOOK_PORT);
    return error;
}

static uint64_t cspace_generic_free(a9n_descriptor_t generic)
{
    uint64_t free = 0;
    return a9n_generic_get_info(generic, NULL, &free, NULL) == A9N_OK ? free : 0;
}

uint64_t init_free_memory(void)
{
    const struct a9n_root_generic *generics = a9n_root_info_generics(init.root);
    uint64_t total = 0;
    for (uint32_t i = 0; i < init.root->generic_count; i++) {
        if (init_generic_is_general(&generics[i]))
            total += cspace_generic_free(init_root_slot(generics[i].slot));
    }
    for (unsigned i = 0; i < init.reserve_count; i++)
        total += cspace_generic_free(init_book_slot(INIT_BOOK_FIRST_RESERVE + i));
    for (unsigned p = 0; p < INIT_MAX_PROCESSES; p++) {
        if (init.processes[p].block_bits != 0)
            total += cspace_generic_free(init_process_block(&init.processes[p]));
    }
    return total;
}

/* The page table init's window lacks at address, the first time only: kept for good, one per
 * depth (the whole window lies under the same ones). */
static enum a9n_error window_table(a9n_descriptor_t space, uint64_t address)
{
    uint64_t depth = 0;
    enum a9n_error error = a9n_address_space_get_missing_depth(space, address, 12, &depth);
    if (error == A9N_OK && (depth < 1 || depth > A9N_PAGE_TABLE_MAX_DEPTH))
        error = A9N_ERROR_INVALID_ARGUMENT;
    unsigned slot = INIT_BOOK_SCRATCH_TABLES + (unsigned)depth - 1;
    if (error == A9N_OK)
        error = init_convert(A9N_OBJECT_PAGE_TABLE, (unsigned)depth, 1, slot);
    if (error == A9N_OK)
        error = a9n_page_table_map(init_book_slot(slot), space, address);
    return error;
}

/* Inlined into both callers (clang would not, for its kernel calls' registers): the scratch
 * page's map, once per page init fills, keeps its constants. */
static inline __attribute__((always_inline)) enum a9n_error
window_map(a9n_descriptor_t frame, uint64_t address, a9n_rights_t rights)
{
    a9n_descriptor_t space = init_root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
    for (;;) {
        enum a9n_error error = a9n_frame_map(frame, space, address, rights);
        if (error != A9N_ERROR_TABLE_MISSING)
            return error;
        error = window_table(space, address);
        if (error != A9N_OK)
            return error;
    }
}

enum a9n_error init_window_map(a9n_descriptor_t frame, uint64_t address, a9n_rights_t rights)
{
    return window_map(frame, address, rights);
}

enum a9n_error init_scratch_map(a9n_descriptor_t frame)
{
    return window_map(frame, INIT_SCRATCH_ADDRESS, A9N_RIGHT_READ | A9N_RIGHT_WRITE);
}

enum a9n_error init_scratch_unmap(a9n_descriptor_t frame)
{
    return a9n_frame_unmap(frame);
}

/*
 * The address space of a process (KOITO init): frames and page tables made from the process's own
 * memory block into its holding node, filled through init's scratch window, mapped with the rights
 * each part needs (never writable and executable).
 */
#include "init.h"

#include <string.h>

#define PAGE KOITO_LOADER_PAGE

/* The next free slot of the holding node, or an error if it is full. */
static enum a9n_error image_hold_slots(struct init_process *process, unsigned count,
                                       unsigned *first)
{
    if (count > (1u << process->hold_radix) - process->hold_next)
        return A9N_ERROR_INDEX_OUT_OF_RANGE;
    *first = process->hold_next;
    process->hold_next += count;
    return A9N_OK;
}

static enum a9n_error image_convert_held(struct init_process *process, enum a9n_object_type type,
                                         unsigned size_bits, unsigned count, unsigned *first)
{
    enum a9n_error error = image_hold_slots(process, count, first);
    if (error == A9N_OK)
        error =
            a9n_generic_convert(init_process_block(process), type, size_bits, count,
                                init_process_hold_node(process), *first, init_identifier_pool());
    return error;
}

enum a9n_error init_image_map(struct init_process *process, a9n_descriptor_t frame,
                              uint64_t address, a9n_rights_t rights)
{
    a9n_descriptor_t space = init_process_slot(process, KOITO_SLOT_ADDRESS_SPACE);
    for (;;) {
        enum a9n_error error = a9n_frame_map(frame, space, address, rights);
        if (error != A9N_ERROR_TABLE_MISSING)
            return error;
        uint64_t depth = 0;
        unsigned slot;
        error = a9n_address_space_get_missing_depth(space, address, 12, &depth);
        if (error == A9N_OK)
            error = image_convert_held(process, A9N_OBJECT_PAGE_TABLE, (unsigned)depth, 1, &slot);
        if (error == A9N_OK)
            error = a9n_page_table_map(init_process_hold_slot(process, slot), space, address);
        if (error != A9N_OK)
            return error;
    }
}

enum a9n_error init_image_map_fresh(struct init_process *process, uint64_t address, uint64_t size,
                                    a9n_rights_t rights)
{
    unsigned count = (unsigned)(size / PAGE);
    unsigned first;
    enum a9n_error error = image_convert_held(process, A9N_OBJECT_FRAME, 12, count, &first);
    for (unsigned i = 0; error == A9N_OK && i < count; i++)
        error = init_image_map(process, init_process_hold_slot(process, first + i),
                               address + (uint64_t)i * PAGE, rights);
    return error;
}

enum a9n_error init_image_map_copy(struct init_process *process, uint64_t address,
                                   const void *bytes, uint64_t size, a9n_rights_t rights)
{
    unsigned count = (unsigned)((size + PAGE - 1) / PAGE);
    unsigned first;
    enum a9n_error error = image_convert_held(process, A9N_OBJECT_FRAME, 12, count, &first);
    for (unsigned i = 0; error == A9N_OK && i < count; i++) {
        a9n_descriptor_t frame = init_process_hold_slot(process, first + i);
        uint64_t offset = (uint64_t)i * PAGE;
        error = init_scratch_map(frame);
        if (error != A9N_OK)
            break;
        koito_loader_copy((void *)INIT_SCRATCH_ADDRESS, (const uint8_t *)bytes + offset,
                          size - offset < PAGE ? size - offset : PAGE);
        error = init_scratch_unmap(frame);
        if (error == A9N_OK)
            error = init_image_map(process, frame, address + offset, rights);
    }
    return error;
}

enum a9n_error init_image_share_initrd(struct init_process *process, uint64_t address)
{
    uint64_t first = init.root->initrd_address & ~(uint64_t)(PAGE - 1);
    uint64_t end = init.root->initrd_address + init.root->initrd_size;
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(init.root);
    enum a9n_error error = A9N_OK;
    for (uint32_t i = 0; error == A9N_OK && i < init.root->mapping_count; i++) {
        const struct a9n_root_mapping *m = &mappings[i];
        if (m->type != A9N_OBJECT_FRAME || m->address < first || m->address >= end)
            continue;
        unsigned slot;
        error = image_hold_slots(process, 1, &slot);
        /* A copy starts unmapped; with only the read right it cannot be written, mapped
         * writable or asked for its physical address. */
        if (error == A9N_OK)
            error = a9n_node_copy(init_root_slot(A9N_ROOT_SLOT_NODE),
                                  init_process_hold_slot(process, slot), init_root_slot(m->slot),
                                  A9N_RIGHT_READ);
        if (error == A9N_OK)
            error = init_image_map(process, init_process_hold_slot(process, slot),
                                   address + (m->address - first), A9N_RIGHT_READ);
    }
    return error;
}

enum a9n_error init_image_share_with_init(struct init_process *process, uint64_t address,
                                          uint64_t size, uint64_t window)
{
    unsigned count = (unsigned)(size / PAGE);
    unsigned first;
    enum a9n_error error = image_convert_held(process, A9N_OBJECT_FRAME, 12, count, &first);
    for (unsigned i = 0; error == A9N_OK && i < count; i++) {
        a9n_descriptor_t frame = init_process_hold_slot(process, first + i);
        unsigned copy;
        error = init_image_map(process, frame, address + (uint64_t)i * PAGE,
                               A9N_RIGHT_READ | A9N_RIGHT_WRITE);
        if (error == A9N_OK)
            error = image_hold_slots(process, 1, &copy);
        if (error == A9N_OK)
            error = a9n_node_copy(init_root_slot(A9N_ROOT_SLOT_NODE),
                                  init_process_hold_slot(process, copy), frame, A9N_RIGHT_READ);
        if (error == A9N_OK)
            error = init_window_map(init_process_hold_slot(process, copy),
                                    window + (uint64_t)i * PAGE, A9N_RIGHT_READ);
    }
    return error;
}

static a9n_rights_t image_rights(uint32_t flags)
{
    a9n_rights_t rights = A9N_RIGHT_READ;
    if (flags & ELF64_SEGMENT_WRITE)
        rights |= A9N_RIGHT_WRITE;
    else if (flags & ELF64_SEGMENT_EXECUTE)
        rights |= A9N_RIGHT_EXECUTE;
    return rights;
}

enum a9n_error init_image_load(struct init_process *process, const struct koito_loader_plan *plan)
{
    for (unsigned s = 0; s < plan->segment_count; s++) {
        const struct koito_loader_segment *segment = &plan->segments[s];
        unsigned count = (unsigned)koito_loader_page_count(plan, s);
        unsigned first;
        enum a9n_error error = image_convert_held(process, A9N_OBJECT_FRAME, 12, count, &first);
        for (unsigned i = 0; error == A9N_OK && i < count; i++) {
            a9n_descriptor_t frame = init_process_hold_slot(process, first + i);
            uint64_t address = segment->start + (uint64_t)i * PAGE;
            /* Pages past the file bytes (bss) are zero already: no copy. */
            if (address < segment->address + segment->file_size || plan->relocation_count != 0) {
                error = init_scratch_map(frame);
                if (error != A9N_OK)
                    break;
                koito_loader_fill_page(plan, s, address, (uint8_t *)INIT_SCRATCH_ADDRESS);
                error = init_scratch_unmap(frame);
            }
            if (error == A9N_OK)
                error = init_image_map(process, frame, address, image_rights(segment->flags));
        }
        if (error != A9N_OK)
            return error;
    }
    return A9N_OK;
}

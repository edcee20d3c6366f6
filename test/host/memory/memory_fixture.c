/*
 * Set-up for host tests of the kernel's memory objects; see memory_fixture.h.
 *
 * Layer: host tests only.
 */
#include "memory_fixture.h"

#include <stdlib.h>
#include <string.h>

#define MEMORY_PAGES_MAX 8192u

static void *memory_pages[MEMORY_PAGES_MAX];
static unsigned memory_page_count;

/* Per-frame counts for every fake physical address the tests use (frames
 * up to 17 GiB); calloc's pages stay untouched until a count is. */
#define MEMORY_FRAME_STATES (UINT64_C(0x440000000) / HAL_PAGE_SIZE)
static struct frame_state *memory_frame_states;

void memory_fixture_init(struct memory_fixture *f)
{
    memory_frame_states = calloc(MEMORY_FRAME_STATES, sizeof(struct frame_state));
    if (!memory_frame_states)
        abort();
    frame_state_init(memory_frame_states, MEMORY_FRAME_STATES);
    size_t size = node_size(MEMORY_ROOT_RADIX);
    f->root = aligned_alloc(sizeof(struct slot), size);
    if (!f->root)
        abort();
    memset(f->root, 0, size);
    f->root->header.type = A9N_OBJECT_NODE;
    f->root->radix = MEMORY_ROOT_RADIX;
    f->caller_root = (struct slot){
        .capability = {.type = A9N_OBJECT_NODE,
                       .rights = A9N_RIGHTS_ALL,
                       .size_bits = MEMORY_ROOT_RADIX,
                       .object = (uint64_t)(uintptr_t)f->root},
    };
    fake_entry_flushes = 0;
    fake_full_flushes = 0;
    fake_huge_pages = true;
}

void memory_fixture_fini(struct memory_fixture *f)
{
    /* Destroy every address space still named, so identifiers do not leak between tests. */
    for (unsigned i = 0; i < node_slot_count(f->root); i++) {
        struct capability *capability = &f->root->slots[i].capability;
        if (capability->type == A9N_OBJECT_ADDRESS_SPACE && address_space_root(capability))
            address_space_destroy(address_space_header(capability));
    }
    free(f->root);
    frame_state_init(0, 0);
    free(memory_frame_states);
    while (memory_page_count)
        free(memory_pages[--memory_page_count]);
}

struct slot *memory_slot(struct memory_fixture *f, unsigned index)
{
    return &f->root->slots[index];
}

uint64_t memory_page(struct memory_fixture *f)
{
    (void)f;
    void *page = aligned_alloc(HAL_PAGE_SIZE, HAL_PAGE_SIZE);
    if (!page || memory_page_count == MEMORY_PAGES_MAX)
        abort();
    /* Generic conversion hands out zeroed memory. */
    memset(page, 0, HAL_PAGE_SIZE);
    memory_pages[memory_page_count++] = page;
    return (uint64_t)(uintptr_t)page;
}

struct capability memory_address_space(uint64_t root)
{
    uint64_t cursor = 1;
    return address_space_create(root, &cursor, 1 + address_space_identifier_count());
}

void memory_make_address_space(struct memory_fixture *f, unsigned index)
{
    memory_slot(f, index)->capability = memory_address_space(memory_page(f));
}

void memory_make_page_table(struct memory_fixture *f, unsigned index, unsigned depth)
{
    memory_slot(f, index)->capability = page_table_create(memory_page(f), depth);
}

void memory_make_frame(struct memory_fixture *f, unsigned index, uint64_t physical,
                       unsigned size_bits, bool device)
{
    memory_slot(f, index)->capability = frame_create(physical, size_bits, device);
}

enum a9n_error memory_call(struct memory_fixture *f, unsigned index, uint64_t operation,
                           const uint64_t arguments[A9N_MESSAGE_REGISTERS],
                           uint64_t results[A9N_MESSAGE_REGISTERS])
{
    uint64_t scratch[A9N_MESSAGE_REGISTERS] = {0};
    uint64_t *out = results ? results : scratch;
    struct slot *target = memory_slot(f, index);
    switch (target->capability.type) {
    case A9N_OBJECT_ADDRESS_SPACE:
        return address_space_invoke(target, operation, arguments, out);
    case A9N_OBJECT_PAGE_TABLE:
        return page_table_invoke(&f->caller_root, target, operation, arguments, out);
    default:
        return frame_invoke(&f->caller_root, target, operation, arguments, out);
    }
}

hal_vspace_entry_t memory_entry(struct memory_fixture *f, unsigned index, uint64_t address,
                                unsigned depth)
{
    struct vspace_walk walk;
    uint64_t root = address_space_root(&memory_slot(f, index)->capability);
    if (vspace_walk(root, address, depth, &walk) != VSPACE_FOUND)
        return 0;
    return *walk.entry;
}

enum a9n_error memory_map_table(struct memory_fixture *f, unsigned slot, unsigned depth,
                                unsigned as, uint64_t address)
{
    memory_make_page_table(f, slot, depth);
    return memory_call(f, slot, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(as), address), 0);
}

/*
 * The root server's initial capability space (portable core, boot-only);
 * its layout is documented in <a9n/root_info.h>.
 *
 * Memory is cut into generics the way a buddy allocator would: each block
 * as large as both its alignment and the rest of its range allow, so every
 * generic is a power of two aligned to its own size (what frames of every
 * size need later). A range of n bytes yields at most about 2 log2(n)
 * blocks, so the root node's radix follows from the memory map and the
 * root server's image; no fixed limit applies.
 *
 * Order of construction:
 * 1. the root node;
 * 2. generics: reclaimable boot memory (full, until the mappings made in it
 *    are deleted), boot modules, loader memory, free memory;
 * 3. the initial capabilities (the address space a child of the generic
 *    its root table lies in);
 * 4. one capability per frame and page table of the root server's address
 *    space, each a child of the generic its memory lies in; then the
 *    framebuffer as device frames.
 */
#include <hal/vspace.h>
#include <kernel/address_space.h>
#include <kernel/boot_memory.h>
#include <kernel/debug.h>
#include <kernel/derivation.h>
#include <kernel/frame.h>
#include <kernel/generic.h>
#include <kernel/identifier_pool.h>
#include <kernel/interrupt.h>
#include <kernel/node.h>
#include <kernel/page_table.h>
#include <kernel/print.h>
#include <kernel/root_cspace.h>
#include <kernel/vspace.h>

#define ROOT_MIN_RADIX   8u
#define ROOT_SPARE_SLOTS 64u

/* The largest block at `base` that fits in `size` bytes. */
static unsigned block_bits(uint64_t base, uint64_t size)
{
    unsigned alignment_bits = base ? (unsigned)__builtin_ctzll(base) : 63;
    unsigned size_bits = 63 - (unsigned)__builtin_clzll(size);
    unsigned bits = alignment_bits < size_bits ? alignment_bits : size_bits;
    return bits < A9N_GENERIC_MAX_BITS ? bits : A9N_GENERIC_MAX_BITS;
}

static void count_blocks(uint64_t base, uint64_t size, void *context)
{
    uint64_t *count = context;
    while (size) {
        uint64_t block = UINT64_C(1) << block_bits(base, size);
        base += block;
        size -= block;
        ++*count;
    }
}

/* Blocks that free memory, boot modules and loader memory need now; the
 * memory boot allocates later splits off at most a few more. */
static uint64_t generic_estimate(void)
{
    uint64_t blocks = 0;
    boot_memory_for_each_usable(boot_memory_mark(), 0, count_blocks, &blocks);
    boot_memory_for_each_region(A9N_MEMORY_MODULE, count_blocks, &blocks);
    boot_memory_for_each_region(A9N_MEMORY_BOOT_RECLAIMABLE, count_blocks, &blocks);
    return blocks + UINT64_C(2) * 64; /* the reclaimable range, cut twice at most per end */
}

void root_cspace_plan(struct root_cspace_plan *plan, const struct a9n_boot_info *info,
                      uint64_t mapped_pages)
{
    /* Every page mapped needs a frame capability; tables: one per 512 pages
     * and a few per mapped region, bounded generously. */
    uint64_t mappings = mapped_pages + mapped_pages / 256 + 64;
    if (info->framebuffer.physical_base)
        mappings += info->framebuffer.size / HAL_PAGE_SIZE + 2;
    uint64_t generics = generic_estimate();
    uint64_t needed = A9N_ROOT_SLOT_FIRST_GENERIC + generics + mappings + ROOT_SPARE_SLOTS;
    unsigned radix = ROOT_MIN_RADIX;
    while ((UINT64_C(1) << radix) < needed)
        radix++;
    plan->radix = radix;
    plan->info_size = sizeof(struct a9n_root_info) +
                      sizeof(struct a9n_root_generic) * (generics + ROOT_SPARE_SLOTS) +
                      sizeof(struct a9n_root_mapping) * mappings;
}

struct root_build {
    struct node *node;
    struct a9n_root_info *info;
    struct a9n_root_generic *generics;
    uint64_t generic_capacity;
    struct a9n_root_mapping *mappings;
    uint64_t mapping_capacity;
    uint64_t next_slot;
    uint8_t flags;       /* of the generics being added */
    uint64_t lost_bytes; /* what did not fit in the root node */
    struct slot *address_space;
};

static struct slot *take_slot(struct root_build *b)
{
    if (b->next_slot >= node_slot_count(b->node))
        return 0;
    return &b->node->slots[b->next_slot++];
}

static void add_generics(uint64_t base, uint64_t size, void *context)
{
    struct root_build *b = context;
    while (size) {
        unsigned bits = block_bits(base, size);
        struct slot *slot = b->info->generic_count < b->generic_capacity ? take_slot(b) : 0;
        if (slot) {
            struct capability generic = generic_create(base, bits, false);
            /* Memory still holding boot mappings is all in use until they go. */
            if (b->flags & A9N_ROOT_GENERIC_RECLAIMABLE)
                generic.data = UINT64_C(1) << bits;
            derivation_insert(slot, &generic, 0);
            b->generics[b->info->generic_count++] = (struct a9n_root_generic){
                .slot = (uint32_t)(slot - b->node->slots),
                .size_bits = (uint8_t)bits,
                .flags = b->flags,
            };
            b->info->generic_bytes += UINT64_C(1) << bits;
        } else {
            b->lost_bytes += UINT64_C(1) << bits;
        }
        base += UINT64_C(1) << bits;
        size -= UINT64_C(1) << bits;
    }
}

/* The generic whose memory holds `physical`, or NULL. */
static struct slot *generic_holding(struct root_build *b, uint64_t physical)
{
    for (uint32_t i = 0; i < b->info->generic_count; i++) {
        struct slot *slot = &b->node->slots[b->generics[i].slot];
        uint64_t base = slot->capability.object;
        if (physical >= base && physical - base < (UINT64_C(1) << slot->capability.size_bits))
            return slot;
    }
    return 0;
}

/* Place a capability for a boot mapping; returns its slot, or NULL if none was left. */
static struct slot *add_mapping(struct root_build *b, struct capability *capability,
                                uint64_t address, uint8_t level)
{
    struct slot *slot = b->info->mapping_count < b->mapping_capacity ? take_slot(b) : 0;
    if (!slot) {
        b->lost_bytes += HAL_PAGE_SIZE;
        return 0;
    }
    address_space_record_set(capability, &b->address_space->capability, address);
    derivation_insert(slot, capability, generic_holding(b, capability->object));
    b->mappings[b->info->mapping_count++] = (struct a9n_root_mapping){
        .address = address,
        .slot = (uint32_t)(slot - b->node->slots),
        .type = capability->type,
        .level = level,
    };
    return slot;
}

/* A frame capability of the root server counts its mapping's rights, so
 * W^X holds for the root server's own frames too. */
static void adopt_frame_mapping(struct root_build *b, struct slot *slot, uint64_t address)
{
    uint64_t physical;
    unsigned rights;
    const struct capability *address_space = &b->address_space->capability;
    if (slot && hal_vspace_lookup(address_space_root(address_space), address, &physical, &rights))
        frame_adopt_mapping(&slot->capability, address_space, address, rights);
}

/* Hand out the tables and 4 KiB frames under the table at `table` (depth
 * `depth`, covering from `base`), in ascending address order. */
static void add_mappings_below(struct root_build *b, uint64_t table, unsigned depth, uint64_t base)
{
    unsigned bits = hal_vspace_entry_bits(depth);
    for (uint64_t i = 0; i < HAL_PAGE_SIZE / sizeof(hal_vspace_entry_t); i++) {
        uint64_t address = base + (i << bits);
        if (address >= hal_user_space_end())
            return;
        hal_vspace_entry_t entry = *hal_vspace_entry_at(table, depth, address);
        enum hal_vspace_entry_kind kind = hal_vspace_entry_kind(entry, depth);
        if (kind == HAL_VSPACE_ENTRY_TABLE) {
            struct capability capability =
                page_table_create(hal_vspace_entry_physical(entry), depth + 1);
            add_mapping(b, &capability, address, (uint8_t)(depth + 1));
            add_mappings_below(b, hal_vspace_entry_physical(entry), depth + 1, address);
        } else if (kind == HAL_VSPACE_ENTRY_FRAME) {
            struct capability capability =
                frame_create(hal_vspace_entry_physical(entry), bits, false);
            adopt_frame_mapping(b, add_mapping(b, &capability, address, (uint8_t)bits), address);
        }
    }
}

/* The root server's own objects, each the root of its derivation tree. */
static void insert_initial(struct root_build *b, struct thread *thread, uint64_t vspace_root)
{
    struct node *node = b->node;
    struct capability capability = {
        .type = A9N_OBJECT_THREAD,
        .rights = A9N_RIGHTS_ALL,
        .object = (uint64_t)(uintptr_t)thread,
    };
    derivation_insert(&node->slots[A9N_ROOT_SLOT_THREAD], &capability, 0);
    /* The root table lies in reclaimable memory: it keeps its generic in use. */
    uint64_t identifier = 1;
    capability = address_space_create(vspace_root, &identifier, identifier + 1);
    derivation_insert(&node->slots[A9N_ROOT_SLOT_ADDRESS_SPACE], &capability,
                      generic_holding(b, vspace_root));
    derivation_copy(&thread->vspace_root, &node->slots[A9N_ROOT_SLOT_ADDRESS_SPACE],
                    A9N_RIGHTS_ALL);
    capability = interrupt_region_create();
    derivation_insert(&node->slots[A9N_ROOT_SLOT_INTERRUPTS], &capability, 0);
    capability = io_port_create_all();
    derivation_insert(&node->slots[A9N_ROOT_SLOT_IO_PORTS], &capability, 0);
    capability = identifier_pool_create_all();
    derivation_insert(&node->slots[A9N_ROOT_SLOT_IDENTIFIERS], &capability, 0);
    if (debug_capability_create(&capability))
        derivation_insert(&node->slots[A9N_ROOT_SLOT_DEBUG], &capability, 0);
    b->address_space = &node->slots[A9N_ROOT_SLOT_ADDRESS_SPACE];
}

static void add_all_generics(struct root_build *b, const struct root_cspace_layout *layout)
{
    b->flags = A9N_ROOT_GENERIC_RECLAIMABLE;
    boot_memory_for_each_usable(layout->reclaimable_start, layout->reclaimable_end, add_generics,
                                b);
    boot_memory_for_each_region(A9N_MEMORY_MODULE, add_generics, b);
    b->flags = 0;
    boot_memory_for_each_region(A9N_MEMORY_BOOT_RECLAIMABLE, add_generics, b);
    boot_memory_for_each_usable(layout->reclaimable_end, 0, add_generics, b);
}

/* The framebuffer as device frames, unmapped (address 0 in the list): 2 MiB
 * where alignment allows, 4 KiB elsewhere. */
static void add_framebuffer_frames(struct root_build *b, const struct a9n_boot_info *info)
{
    if (!info->framebuffer.physical_base || !info->framebuffer.size)
        return;
    uint64_t base = info->framebuffer.physical_base & ~(uint64_t)(HAL_PAGE_SIZE - 1);
    uint64_t end = (info->framebuffer.physical_base + info->framebuffer.size + HAL_PAGE_SIZE - 1) &
                   ~(uint64_t)(HAL_PAGE_SIZE - 1);
    while (base < end) {
        unsigned bits = block_bits(base, end - base) >= 21 && frame_size_supported(21) ? 21 : 12;
        struct slot *slot = b->info->mapping_count < b->mapping_capacity ? take_slot(b) : 0;
        if (slot) {
            struct capability frame = frame_create(base, bits, true);
            derivation_insert(slot, &frame, 0);
            b->mappings[b->info->mapping_count++] = (struct a9n_root_mapping){
                .slot = (uint32_t)(slot - b->node->slots),
                .type = A9N_OBJECT_FRAME,
                .level = (uint8_t)bits,
            };
        } else {
            b->lost_bytes += UINT64_C(1) << bits;
        }
        base += UINT64_C(1) << bits;
    }
}

/* A module generic that ended up holding no boot mapping is free at once. */
static void release_unused_module_generics(struct root_build *b)
{
    for (uint32_t i = 0; i < b->info->generic_count; i++) {
        struct slot *slot = &b->node->slots[b->generics[i].slot];
        if ((b->generics[i].flags & A9N_ROOT_GENERIC_RECLAIMABLE) && !slot->first_child) {
            slot->capability.data = 0;
            b->generics[i].flags &= (uint8_t)~A9N_ROOT_GENERIC_RECLAIMABLE;
        }
    }
}

void root_cspace_create(struct thread *thread, const struct root_cspace_layout *layout,
                        const struct a9n_boot_info *info)
{
    struct capability root = node_create(layout->node_memory, layout->radix);
    derivation_insert(&thread->cspace_root, &root, 0);
    struct root_build b = {
        .node = node_of(&root),
        .info = layout->info,
        .next_slot = A9N_ROOT_SLOT_FIRST_GENERIC,
    };
    derivation_copy(&b.node->slots[A9N_ROOT_SLOT_NODE], &thread->cspace_root, A9N_RIGHTS_ALL);

    /* The info page is already mapped, so its size is fixed: split it between the two arrays. */
    struct a9n_root_info *out = layout->info;
    uint64_t array_bytes = layout->info_size - sizeof(*out);
    out->version = A9N_ROOT_INFO_VERSION;
    out->node_radix = layout->radix;
    out->generic_offset = sizeof(*out);
    out->initrd_address = layout->initrd_address;
    out->initrd_size = layout->initrd_size;
    b.generics = (struct a9n_root_generic *)(out + 1);
    b.generic_capacity = array_bytes / 3 / sizeof(struct a9n_root_generic);
    add_all_generics(&b, layout);
    insert_initial(&b, thread, layout->vspace_root);
    out->mapping_offset =
        (uint32_t)(sizeof(*out) + sizeof(struct a9n_root_generic) * out->generic_count);
    out->mapping_offset = (out->mapping_offset + 15) & ~15u;
    b.mappings = (struct a9n_root_mapping *)((char *)out + out->mapping_offset);
    b.mapping_capacity =
        (layout->info_size - out->mapping_offset) / sizeof(struct a9n_root_mapping);
    add_mappings_below(&b, layout->vspace_root, 0, 0);
    add_framebuffer_frames(&b, info);
    release_unused_module_generics(&b);

    if (b.lost_bytes)
        kprintf("a9n: warning: %lu KiB of memory did not fit in the root node\n",
                b.lost_bytes >> 10);
    kprintf("a9n: root capability space: radix %u, %u generics (%lu MiB), %u mappings\n",
            layout->radix, out->generic_count, out->generic_bytes >> 20, out->mapping_count);
}

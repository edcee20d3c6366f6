/*
 * The root server's initial capability space (portable core, boot-only).
 *
 * Free memory is cut into generics the way a buddy allocator would: each
 * block as large as both its alignment and the rest of its range allow, so
 * every generic is a power of two aligned to its own size (what frames of
 * every size need later). A range of n bytes yields at most about 2 log2(n)
 * blocks, so the root node's radix follows from the memory map and no fixed
 * limit applies.
 */
#include <kernel/boot_memory.h>
#include <kernel/derivation.h>
#include <kernel/generic.h>
#include <kernel/interrupt.h>
#include <kernel/memory.h>
#include <kernel/node.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <kernel/root_cspace.h>

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

unsigned root_cspace_radix(void)
{
    uint64_t blocks = 0;
    boot_memory_for_each_free(count_blocks, &blocks);
    uint64_t needed = A9N_ROOT_SLOT_FIRST_GENERIC + blocks + ROOT_SPARE_SLOTS;
    unsigned radix = ROOT_MIN_RADIX;
    while ((UINT64_C(1) << radix) < needed)
        radix++;
    return radix;
}

uint64_t root_cspace_info_size(unsigned radix)
{
    return sizeof(struct a9n_root_info) + sizeof(struct a9n_root_generic) * (UINT64_C(1) << radix);
}

struct root_generics {
    struct node *node;
    struct a9n_root_info *info;
    struct a9n_root_generic *list;
    uint64_t lost_bytes;
};

static void hand_out_blocks(uint64_t base, uint64_t size, void *context)
{
    struct root_generics *g = context;
    while (size) {
        unsigned bits = block_bits(base, size);
        uint64_t slot = A9N_ROOT_SLOT_FIRST_GENERIC + g->info->generic_count;
        if (slot < node_slot_count(g->node)) {
            struct capability generic = generic_create(base, bits, false);
            derivation_insert(&g->node->slots[slot], &generic, 0);
            g->list[g->info->generic_count] = (struct a9n_root_generic){
                .slot = (uint32_t)slot,
                .size_bits = (uint8_t)bits,
            };
            g->info->generic_count++;
            g->info->generic_bytes += UINT64_C(1) << bits;
        } else {
            g->lost_bytes += UINT64_C(1) << bits;
        }
        base += UINT64_C(1) << bits;
        size -= UINT64_C(1) << bits;
    }
}

/* The root server's own objects, each the root of its derivation tree. */
static void insert_initial(struct node *node, struct thread *thread, uint64_t vspace_root)
{
    struct capability capability = {
        .type = A9N_OBJECT_PROCESS_CONTROL,
        .rights = A9N_RIGHTS_ALL,
        .object = (uint64_t)(uintptr_t)thread,
    };
    derivation_insert(&node->slots[A9N_ROOT_SLOT_THREAD], &capability, 0);
    capability = address_space_create(vspace_root);
    derivation_insert(&node->slots[A9N_ROOT_SLOT_ADDRESS_SPACE], &capability, 0);
    derivation_copy(&thread->vspace_root, &node->slots[A9N_ROOT_SLOT_ADDRESS_SPACE],
                    A9N_RIGHTS_ALL);
    capability = interrupt_region_create();
    derivation_insert(&node->slots[A9N_ROOT_SLOT_INTERRUPTS], &capability, 0);
    capability = io_port_create_all();
    derivation_insert(&node->slots[A9N_ROOT_SLOT_IO_PORTS], &capability, 0);
}

void root_cspace_create(struct thread *thread, uint64_t vspace_root, void *node_memory,
                        unsigned radix, struct a9n_root_info *info)
{
    struct capability root = node_create(node_memory, radix);
    derivation_insert(&thread->cspace_root, &root, 0);
    struct node *node = node_of(&root);
    derivation_copy(&node->slots[A9N_ROOT_SLOT_NODE], &thread->cspace_root, A9N_RIGHTS_ALL);
    insert_initial(node, thread, vspace_root);

    info->version = A9N_ROOT_INFO_VERSION;
    info->node_radix = radix;
    info->generic_offset = sizeof(*info);
    struct root_generics generics = {
        .node = node,
        .info = info,
        .list = (struct a9n_root_generic *)(info + 1),
    };
    boot_memory_for_each_free(hand_out_blocks, &generics);
    if (generics.lost_bytes)
        kprintf("a9n: warning: %lu KiB of free memory did not fit in the root node\n",
                generics.lost_bytes >> 10);
    kprintf("a9n: root capability space: radix %u, %u generics, %lu MiB\n", radix,
            info->generic_count, info->generic_bytes >> 20);
}

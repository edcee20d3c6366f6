/*
 * ULMM's backend on A9N; see kernel_backend.h.
 *
 * Layer: ULMM server. Each function is one or two capability calls; the
 * core has already checked everything a client sent, so a refusal here is
 * either a full work node (reported as a failure the core undoes) or a bug
 * the invariant checks are there to catch.
 */
#include "kernel_backend.h"

#include <stdbool.h>
#include <ulmm/types.h>

/* ULMM never makes address spaces, the one kind that takes an identifier
 * pool: the argument is ignored, and a descriptor the kernel refuses says
 * so. */
#define KERNEL_NO_IDENTIFIERS A9N_DESCRIPTOR_INVALID

#define LEAF_SLOTS (UINT64_C(1) << ULMM_KERNEL_LEAF_RADIX)

static unsigned kernel_bits(const struct ulmm_kernel *k)
{
    return k->top_radix + ULMM_KERNEL_LEAF_RADIX;
}

static uint64_t kernel_index(const struct ulmm_kernel *k, a9n_descriptor_t slot)
{
    return a9n_descriptor_path(slot) & ((UINT64_C(1) << kernel_bits(k)) - 1);
}

static bool kernel_is_work_slot(const struct ulmm_kernel *k, a9n_descriptor_t slot)
{
    return a9n_descriptor_depth(slot) == a9n_descriptor_depth(k->top_node) + kernel_bits(k) &&
           a9n_descriptor_path(slot) >> kernel_bits(k) == a9n_descriptor_path(k->top_node);
}

static bool kernel_taken(const struct ulmm_kernel *k, uint64_t index)
{
    return k->bitmap[index / 64] >> (index % 64) & 1;
}

static void kernel_mark(struct ulmm_kernel *k, uint64_t index, bool taken)
{
    if (taken)
        k->bitmap[index / 64] |= UINT64_C(1) << (index % 64);
    else
        k->bitmap[index / 64] &= ~(UINT64_C(1) << (index % 64));
    k->taken += taken ? 1 : (uint64_t)-1;
}

void ulmm_kernel_init(struct ulmm_kernel *k, a9n_descriptor_t top_node, unsigned top_radix,
                      uint64_t *bitmap)
{
    *k = (struct ulmm_kernel){top_node, top_radix, 1, bitmap, 1, 0};
    for (uint64_t i = 0; i < ((UINT64_C(1) << kernel_bits(k)) + 63) / 64; i++)
        bitmap[i] = 0;
    kernel_mark(k, 0, true); /* slot 0 stays empty: descriptor 0 means none */
}

/* The first index of `count` free neighbouring slots of one leaf, or 0. */
static uint64_t kernel_find(struct ulmm_kernel *k, unsigned count)
{
    uint64_t size = k->leaves * LEAF_SLOTS;
    for (uint64_t tried = 0; tried < size; tried++) {
        uint64_t index = (k->next + tried) % size;
        if (index == 0 || index % LEAF_SLOTS + count > LEAF_SLOTS)
            continue;
        unsigned free = 0;
        while (free < count && !kernel_taken(k, index + free))
            free++;
        if (free == count) {
            for (unsigned i = 0; i < count; i++)
                kernel_mark(k, index + i, true);
            k->next = index + count;
            return index;
        }
    }
    return 0;
}

/* A leaf node's descriptor and a work slot's: the top node's path with the index below it, what
 * a9n_descriptor_child() gives, without its checks of a top node checked at start. Every
 * conversion and mapping names one, so this is on every request's path. */
static a9n_descriptor_t kernel_leaf(const struct ulmm_kernel *k, uint64_t index)
{
    return A9N_DESCRIPTOR(a9n_descriptor_path(k->top_node) << k->top_radix | index / LEAF_SLOTS,
                          a9n_descriptor_depth(k->top_node) + k->top_radix);
}

static a9n_descriptor_t kernel_descriptor(const struct ulmm_kernel *k, uint64_t index)
{
    return A9N_DESCRIPTOR(a9n_descriptor_path(k->top_node) << kernel_bits(k) | index,
                          a9n_descriptor_depth(k->top_node) + kernel_bits(k));
}

a9n_descriptor_t ulmm_kernel_slot(struct ulmm_kernel *k)
{
    uint64_t index = kernel_find(k, 1);
    return index ? kernel_descriptor(k, index) : 0;
}

void ulmm_kernel_slot_free(struct ulmm_kernel *k, a9n_descriptor_t slot)
{
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, slot); /* A9N_ERROR_EMPTY_SLOT after a revocation */
    if (kernel_is_work_slot(k, slot))
        kernel_mark(k, kernel_index(k, slot), false);
}

static uint64_t kernel_slots_free(void *context)
{
    struct ulmm_kernel *k = context;
    return k->leaves * LEAF_SLOTS - k->taken;
}

static int kernel_slots_grow(void *context, ulmm_cap generic)
{
    struct ulmm_kernel *k = context;
    if (k->leaves >= UINT64_C(1) << k->top_radix)
        return -1;
    enum a9n_error error = a9n_generic_convert(generic, A9N_OBJECT_NODE, ULMM_KERNEL_LEAF_RADIX, 1,
                                               k->top_node, k->leaves, KERNEL_NO_IDENTIFIERS);
    if (error != A9N_OK)
        return (int)error;
    k->leaves++;
    return 0;
}

static enum a9n_object_type kernel_type(unsigned kind)
{
    switch (kind) {
    case ULMM_OBJECT_THREAD:
        return A9N_OBJECT_THREAD;
    case ULMM_OBJECT_IPC_PORT:
        return A9N_OBJECT_IPC_PORT;
    case ULMM_OBJECT_NOTIFICATION:
        return A9N_OBJECT_NOTIFICATION_PORT;
    case ULMM_OBJECT_NODE:
        return A9N_OBJECT_NODE;
    case ULMM_OBJECT_FRAME:
        return A9N_OBJECT_FRAME;
    case ULMM_OBJECT_PAGE_TABLE:
        return A9N_OBJECT_PAGE_TABLE;
    default: /* ULMM never makes address spaces: a client brings its own */
        return A9N_OBJECT_NONE;
    }
}

static a9n_rights_t kernel_rights(uint64_t prot)
{
    return ((prot & ULMM_PROT_READ) ? A9N_RIGHT_READ : 0) |
           ((prot & ULMM_PROT_WRITE) ? A9N_RIGHT_WRITE : 0) |
           ((prot & ULMM_PROT_EXECUTE) ? A9N_RIGHT_EXECUTE : 0);
}

static int kernel_split(void *context, ulmm_cap parent, unsigned child_bits, unsigned count,
                        ulmm_cap *children)
{
    struct ulmm_kernel *k = context;
    uint64_t index = kernel_find(k, count);
    if (index == 0)
        return -1;
    enum a9n_error error =
        a9n_generic_convert(parent, A9N_OBJECT_GENERIC, child_bits, count, kernel_leaf(k, index),
                            index % LEAF_SLOTS, KERNEL_NO_IDENTIFIERS);
    if (error != A9N_OK) {
        for (unsigned i = 0; i < count; i++)
            kernel_mark(k, index + i, false);
        return (int)error;
    }
    for (unsigned i = 0; i < count; i++)
        children[i] = kernel_descriptor(k, index + i);
    return 0;
}

static int kernel_convert(void *context, ulmm_cap generic, unsigned kind, unsigned size,
                          ulmm_cap *object)
{
    struct ulmm_kernel *k = context;
    uint64_t index = kernel_find(k, 1);
    if (index == 0)
        return -1;
    enum a9n_error error =
        a9n_generic_convert(generic, kernel_type(kind), size, 1, kernel_leaf(k, index),
                            index % LEAF_SLOTS, KERNEL_NO_IDENTIFIERS);
    if (error != A9N_OK) {
        kernel_mark(k, index, false);
        return (int)error;
    }
    *object = kernel_descriptor(k, index);
    return 0;
}

static int kernel_reclaim(void *context, ulmm_cap generic)
{
    (void)context;
    return (int)a9n_node_revoke(A9N_DESCRIPTOR_ROOT, generic);
}

static void kernel_release(void *context, ulmm_cap cap)
{
    ulmm_kernel_slot_free(context, cap);
}

static void kernel_forget(void *context, ulmm_cap cap)
{
    struct ulmm_kernel *k = context;
    if (kernel_is_work_slot(k, cap))
        kernel_mark(k, kernel_index(k, cap), false);
}

static int kernel_revoke(void *context, ulmm_cap cap)
{
    (void)context;
    return (int)a9n_node_revoke(A9N_DESCRIPTOR_ROOT, cap);
}

static int kernel_copy(void *context, ulmm_cap cap, ulmm_cap *copy)
{
    struct ulmm_kernel *k = context;
    a9n_descriptor_t slot = ulmm_kernel_slot(k);
    if (slot == 0)
        return -1;
    enum a9n_error error = a9n_node_copy(A9N_DESCRIPTOR_ROOT, slot, cap, A9N_RIGHTS_ALL);
    if (error != A9N_OK) {
        ulmm_kernel_slot_free(k, slot);
        return (int)error;
    }
    *copy = slot;
    return 0;
}

static int kernel_frame_map(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address,
                            uint64_t prot)
{
    (void)context;
    enum a9n_error error = a9n_frame_map(frame, space, address, kernel_rights(prot));
    return error == A9N_ERROR_TABLE_MISSING ? ULMM_BACKEND_TABLE_MISSING : (int)error;
}

static int kernel_frame_unmap(void *context, ulmm_cap frame)
{
    (void)context;
    return (int)a9n_frame_unmap(frame);
}

static int kernel_frame_protect(void *context, ulmm_cap frame, uint64_t prot)
{
    (void)context;
    return (int)a9n_frame_protect(frame, kernel_rights(prot));
}

static int kernel_missing_depth(void *context, ulmm_cap space, uint64_t address, unsigned *depth)
{
    (void)context;
    uint64_t missing = 0;
    enum a9n_error error =
        a9n_address_space_get_missing_depth(space, address, ULMM_PAGE_BITS, &missing);
    *depth = (unsigned)missing;
    return (int)error;
}

static int kernel_table_map(void *context, ulmm_cap table, ulmm_cap space, uint64_t address)
{
    (void)context;
    return (int)a9n_page_table_map(table, space, address);
}

static void *kernel_self_map(void *context, ulmm_cap frame, ulmm_cap space, uint64_t address)
{
    (void)context;
    if (a9n_frame_map(frame, space, address, A9N_RIGHT_READ | A9N_RIGHT_WRITE) != A9N_OK)
        return 0;
    return (void *)(uintptr_t)address;
}

struct ulmm_backend ulmm_kernel_backend(struct ulmm_kernel *k)
{
    return (struct ulmm_backend){
        .context = k,
        .generic_split = kernel_split,
        .generic_convert = kernel_convert,
        .generic_reclaim = kernel_reclaim,
        .cap_release = kernel_release,
        .cap_forget = kernel_forget,
        .cap_revoke = kernel_revoke,
        .cap_copy = kernel_copy,
        .slots_free = kernel_slots_free,
        .slots_grow = kernel_slots_grow,
        .slots_grow_bits = ULMM_KERNEL_LEAF_BITS,
        .frame_map = kernel_frame_map,
        .frame_unmap = kernel_frame_unmap,
        .frame_protect = kernel_frame_protect,
        .space_missing_depth = kernel_missing_depth,
        .table_map = kernel_table_map,
        .self_map = kernel_self_map,
    };
}

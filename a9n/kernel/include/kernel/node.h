/*
 * Capability nodes (portable core): arrays of 2^radix slots, converted from
 * generic memory, nestable to any depth that descriptors can name.
 */
#ifndef A9N_KERNEL_NODE_H
#define A9N_KERNEL_NODE_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

struct node {
    struct object_header header;
    uint8_t radix;
    uint8_t reserved[7];
    /* Once dead: slots below this index are empty (node_destroy). Nothing
     * can fill a slot of a dead node, as no capability names it. */
    uint64_t destroy_cursor;
    uint8_t padding[64 - sizeof(struct object_header) - 16];
    struct slot slots[];
};

_Static_assert(__builtin_offsetof(struct node, slots) == 64, "node header is one slot long");

/* Bytes a node of 2^radix slots occupies. */
static inline uint64_t node_size(unsigned radix)
{
    return sizeof(struct node) + ((uint64_t)sizeof(struct slot) << radix);
}

static inline uint64_t node_slot_count(const struct node *node)
{
    return (uint64_t)1 << node->radix;
}

/* Make a node in the zeroed memory at `memory`; returns its full-rights capability. */
struct capability node_create(void *memory, unsigned radix);

static inline struct node *node_of(const struct capability *capability)
{
    return (struct node *)(uintptr_t)capability->object;
}

/* Delete every capability the dead node holds, slot by slot from where an
 * earlier call stopped; false if it stopped at a preemption point first. */
bool node_destroy(struct node *node);

/* Run node operation `operation` on the node named by `target`. */
enum a9n_error node_invoke(struct slot *target, uint64_t operation, const uint64_t *arguments,
                           uint64_t *results);

#endif

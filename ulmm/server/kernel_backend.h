/*
 * ULMM's backend on A9N: the core's kernel operations (core/backend.h) as
 * capability calls, and the slots ULMM keeps its capabilities in.
 *
 * Layer: ULMM server (guest only). ULMM's working capabilities live in one
 * node of 2^radix slots that it alone fills (its work node); a bitmap says
 * which are taken. A block split takes two neighbouring slots, since the
 * kernel converts both halves into consecutive slots in one call.
 */
#ifndef ULMM_SERVER_KERNEL_BACKEND_H
#define ULMM_SERVER_KERNEL_BACKEND_H

#include "backend.h"

#include <a9n/a9n.h>
#include <stdint.h>

struct ulmm_kernel {
    a9n_descriptor_t top_node; /* root-relative descriptor of the top node */
    unsigned top_radix;
    uint64_t leaves;  /* leaf nodes present, in top slots 0 .. leaves-1 */
    uint64_t *bitmap; /* 2^(top_radix + ULMM_KERNEL_LEAF_RADIX) bits: slot taken */
    uint64_t next;    /* where the search for a free slot starts */
    uint64_t taken;
};

/* A leaf node: 512 slots, made from a 64 KiB generic. */
#define ULMM_KERNEL_LEAF_RADIX 9u
#define ULMM_KERNEL_LEAF_BITS  16u

/* Start with the top node, whose slot 0 already holds the first leaf node
 * (radix ULMM_KERNEL_LEAF_RADIX); bitmap has room for every slot of a full
 * top node. */
void ulmm_kernel_init(struct ulmm_kernel *kernel, a9n_descriptor_t top_node, unsigned top_radix,
                      uint64_t *bitmap);

/* The backend the core runs on. */
struct ulmm_backend ulmm_kernel_backend(struct ulmm_kernel *kernel);

/* A free slot (0 when none is left: 0 is never a slot of ULMM's, since the
 * first leaf's slot 0 is kept empty). */
a9n_descriptor_t ulmm_kernel_slot(struct ulmm_kernel *kernel);
/* Delete what the slot holds and make it free. */
void ulmm_kernel_slot_free(struct ulmm_kernel *kernel, a9n_descriptor_t slot);

#endif

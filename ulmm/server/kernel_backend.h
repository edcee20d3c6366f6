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
    a9n_descriptor_t work_node; /* root-relative descriptor of the work node */
    unsigned work_radix;
    uint64_t *bitmap; /* 2^work_radix bits: slot taken */
    uint64_t next;    /* where the search for a free slot starts */
    uint64_t taken;
};

/* Start with an empty work node; bitmap has room for 2^radix bits. */
void ulmm_kernel_init(struct ulmm_kernel *kernel, a9n_descriptor_t work_node, unsigned radix,
                      uint64_t *bitmap);

/* The backend the core runs on. */
struct ulmm_backend ulmm_kernel_backend(struct ulmm_kernel *kernel);

/* A free slot of the work node (0 when none is left: 0 is never a work slot,
 * since the node's slot 0 is kept empty). */
a9n_descriptor_t ulmm_kernel_slot(struct ulmm_kernel *kernel);
/* Delete what the slot holds and make it free. */
void ulmm_kernel_slot_free(struct ulmm_kernel *kernel, a9n_descriptor_t slot);

#endif

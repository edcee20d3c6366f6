/*
 * The debug capability of a guest test program: the one the kernel puts in
 * slot A9N_ROOT_SLOT_DEBUG of the root server's root node (<a9n/root_info.h>),
 * for the tests and benchmarks that print the kernel's counters.
 */
#ifndef KOITO_GUEST_DEBUG_H
#define KOITO_GUEST_DEBUG_H

#include <a9n/a9n.h>
#include <koito/boot.h>

static inline a9n_descriptor_t guest_debug(void)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_root_info()->node_radix,
                                A9N_ROOT_SLOT_DEBUG);
}

#endif

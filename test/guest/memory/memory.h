/*
 * Helpers of the memory suite, over the capability suite's fixture: making
 * memory objects in scratch slots and mapping them.
 */
#ifndef KOITO_GUEST_MEMORY_MEMORY_H
#define KOITO_GUEST_MEMORY_MEMORY_H

#include "fixture.h"

#include <a9n/a9n.h>
#include <stdint.h>

/* A 1 GiB-aligned user address where the tests build their mappings. */
#define MEMORY_BASE UINT64_C(0x40000000)
#define MEMORY_RW   (A9N_RIGHT_READ | A9N_RIGHT_WRITE)

/* Convert `count` objects of `type` and `size_bits` from the test generic into scratch n... */
enum a9n_error memory_convert(enum a9n_object_type type, uint64_t size_bits, uint64_t count,
                              unsigned n);

/* The first missing depth for a frame of `size_bits` at `address` in the address space at scratch
 * n. */
uint64_t memory_missing_depth(unsigned n, uint64_t address, uint64_t size_bits);

/* Make an address space in scratch `as` and tables of depth 1..3 for `address` in scratch
 * `tables`, `tables` + 1, `tables` + 2. */
void memory_build_tree(unsigned as, unsigned tables, uint64_t address);

/* The largest generic of ordinary memory other than the test generic; revoke it when done. */
a9n_descriptor_t memory_other_generic(void);

/* The frame sizes the machine maps (bit n: 2^n bytes), read from the address space at scratch n. */
uint64_t memory_frame_sizes(unsigned n);

#endif

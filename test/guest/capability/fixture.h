/*
 * Shared set-up of the capability suite: descriptors of the root server's
 * own slots, the generic each test converts from, and scratch slots.
 *
 * Every test takes the largest boot generic as its memory, converts what it
 * needs into the scratch slots, and ends with fixture_end(), which revokes
 * that generic: every object of the test is destroyed and the generic is
 * whole again, so tests do not depend on each other.
 */
#ifndef KOITO_GUEST_CAPABILITY_FIXTURE_H
#define KOITO_GUEST_CAPABILITY_FIXTURE_H

#include <a9n/a9n.h>
#include <stdint.h>

/* Scratch slots of the root node that tests may fill: FIXTURE_SCRATCH .. + FIXTURE_SCRATCH_COUNT.
 */
#define FIXTURE_SCRATCH_COUNT 32u

extern unsigned fixture_root_radix;
extern unsigned fixture_scratch;         /* first scratch slot index */
extern a9n_descriptor_t fixture_generic; /* the generic of the running test */
extern unsigned fixture_generic_slot;
extern uint64_t fixture_generic_size;

/* Descriptor of slot `index` of the root node. */
a9n_descriptor_t root_slot(unsigned index);

/* Descriptor of scratch slot `n`. */
a9n_descriptor_t scratch(unsigned n);

/* Pick the generic and check the scratch slots are empty. */
void fixture_begin(void);

/* Revoke the generic and check it is whole again and the scratch slots are empty. */
void fixture_end(void);

/* Type of the capability a root-relative descriptor names (A9N_OBJECT_NONE if empty). */
uint64_t slot_type(a9n_descriptor_t slot);

/* Rights of the capability a root-relative descriptor names. */
uint64_t slot_rights(a9n_descriptor_t slot);

/* Free bytes of a generic. */
uint64_t generic_free(a9n_descriptor_t generic);

/* Bytes a node of 2^radix slots takes from a generic (64-byte header and slots). */
uint64_t node_bytes(unsigned radix);

#endif

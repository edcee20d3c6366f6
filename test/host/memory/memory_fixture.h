/*
 * Set-up for host tests of the kernel's memory objects: a root node of
 * 2^MEMORY_ROOT_RADIX slots (built by hand: no generic, no dispatch), helpers
 * that make address spaces, page tables and frames in its slots, and calls
 * of the objects' invoke functions with arguments as message registers.
 *
 * Layer: host tests only. fake_vspace.c is the HAL beneath.
 */
#ifndef KOITO_TEST_MEMORY_FIXTURE_H
#define KOITO_TEST_MEMORY_FIXTURE_H

#include <a9n/a9n.h>
#include <kernel/address_space.h>
#include <kernel/frame.h>
#include <kernel/frame_state.h>
#include <kernel/node.h>
#include <kernel/page_table.h>
#include <kernel/vspace.h>
#include <stdbool.h>
#include <stdint.h>

#define MEMORY_ROOT_RADIX   4u
#define FAKE_USER_SPACE_END (UINT64_C(1) << 47)
#define FAKE_KERNEL_INDEX   511u

/* The fake HAL's knobs and counters (fake_vspace.c). */
extern bool fake_huge_pages;
extern unsigned fake_entry_flushes;
extern unsigned fake_full_flushes;
bool fake_kernel_half_intact(uint64_t root);
unsigned fake_entry_rights(hal_vspace_entry_t entry);
bool fake_entry_device(hal_vspace_entry_t entry);

struct memory_fixture {
    struct slot caller_root; /* node capability of the root node */
    struct node *root;
};

void memory_fixture_init(struct memory_fixture *f);
void memory_fixture_fini(struct memory_fixture *f);

/* Root slot `index` and its descriptor. */
struct slot *memory_slot(struct memory_fixture *f, unsigned index);
static inline a9n_descriptor_t memory_descriptor(unsigned index)
{
    return A9N_DESCRIPTOR(index, MEMORY_ROOT_RADIX);
}

/* A zeroed 4 KiB host page, as a physical address (freed by fini). */
uint64_t memory_page(struct memory_fixture *f);

/* An address space on `root` with the first free identifier of all. */
struct capability memory_address_space(uint64_t root);

/* Make an object and put its capability into root slot `index`. */
void memory_make_address_space(struct memory_fixture *f, unsigned index);
void memory_make_page_table(struct memory_fixture *f, unsigned index, unsigned depth);
void memory_make_frame(struct memory_fixture *f, unsigned index, uint64_t physical,
                       unsigned size_bits, bool device);

/* Invoke `operation` on the capability in root slot `index`; results (may be NULL) get results[].
 */
enum a9n_error memory_call(struct memory_fixture *f, unsigned index, uint64_t operation,
                           const uint64_t arguments[A9N_MESSAGE_REGISTERS],
                           uint64_t results[A9N_MESSAGE_REGISTERS]);

#define MEMORY_ARGS(...) ((const uint64_t[A9N_MESSAGE_REGISTERS]){__VA_ARGS__})

/* The entry of the address space in slot `index` at `depth` for `address`, or 0 if the walk stops
 * above. */
hal_vspace_entry_t memory_entry(struct memory_fixture *f, unsigned index, uint64_t address,
                                unsigned depth);

/* Map a table of `depth` for `address` of the address space in slot `as`, from slot `slot`. */
enum a9n_error memory_map_table(struct memory_fixture *f, unsigned slot, unsigned depth,
                                unsigned as, uint64_t address);

#endif

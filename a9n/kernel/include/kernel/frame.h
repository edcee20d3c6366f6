/*
 * Frame objects of 4 KiB, 2 MiB and 1 GiB (portable core; frame.c; see
 * vspace.h for their capability words and records, frame_state.h for the
 * per-frame counts behind W^X).
 */
#ifndef A9N_KERNEL_FRAME_H
#define A9N_KERNEL_FRAME_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

/* Capability flags of a frame besides CAPABILITY_DEVICE: its record is of
 * a writable, of an executable mapping (counted in frame_state.h). */
#define FRAME_MAPPED_WRITE   2u
#define FRAME_MAPPED_EXECUTE 4u

bool frame_size_supported(uint64_t size_bits);
struct capability frame_create(uint64_t physical, unsigned size_bits, bool device);
void frame_derived(struct capability *copy);
void frame_finalize(const struct capability *capability);

/* The capability's rights were just narrowed: narrow its mapping to match
 * (no READ: unmapped; W+X without WRITE_EXECUTE: no longer writable). */
void frame_demoted(struct capability *frame);

/* Boot only: make `frame` record and count the mapping already made at
 * `address` of `address_space` with `hal_rights` (HAL_MAP_*). */
void frame_adopt_mapping(struct capability *frame, const struct capability *address_space,
                         uint64_t address, unsigned hal_rights);
enum a9n_error frame_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                            const uint64_t *arguments, uint64_t *results);

#endif

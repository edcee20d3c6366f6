/*
 * Per-frame mapping counts (portable core; frame_state.c): what W^X per
 * frame needs to know of all the capabilities of one frame at once.
 *
 * Frames have no kernel object: a frame capability's words name the frame
 * by physical address (vspace.h). W^X must hold across every copy of the
 * capability and every address space, so the kernel keeps, for each 4 KiB
 * page of RAM, how many frame capabilities whose frame starts there record
 * a writable mapping and how many an executable one. The table is made once
 * at boot, sized for all RAM (16 bytes per 4 KiB, 0.4 %), so no user can
 * fill it. Device frames have no entry: they are never executable
 * (frame_create), so W^X holds for them without counting.
 */
#ifndef A9N_KERNEL_FRAME_STATE_H
#define A9N_KERNEL_FRAME_STATE_H

#include <stdint.h>

struct frame_state {
    uint64_t writable;   /* frame capabilities recording a writable mapping */
    uint64_t executable; /* frame capabilities recording an executable mapping */
};

_Static_assert(sizeof(struct frame_state) == 16, "frame state layout");

/* Use `table` (zeroed) for the `frames` 4 KiB pages of physical memory from 0. */
void frame_state_init(struct frame_state *table, uint64_t frames);

/* The counts of the frame at `physical`, or NULL if the table does not
 * cover it (device memory above RAM). */
struct frame_state *frame_state_of(uint64_t physical);

#endif

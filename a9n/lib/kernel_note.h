/*
 * Check of an ELF image as an A9N kernel (<a9n/kernel_note.h>): it carries
 * the A9N kernel note in a version this code understands, and every PT_LOAD
 * segment lands where the note says.
 *
 * Layer: freestanding library (used by the UEFI loader; built on the host
 * for unit tests). The input is untrusted: notes are read only within
 * their PT_NOTE segment, which must lie within the file.
 */
#ifndef A9N_LIB_KERNEL_NOTE_H
#define A9N_LIB_KERNEL_NOTE_H

#include "elf64.h"

#include <a9n/kernel_note.h>

enum kernel_note_error {
    KERNEL_NOTE_OK = 0,
    KERNEL_NOTE_MISSING,           /* no A9N kernel note: not an A9N kernel */
    KERNEL_NOTE_MALFORMED,         /* a PT_NOTE segment or note leaves its bounds */
    KERNEL_NOTE_BAD_VERSION,       /* a note version (or size) this loader does not know */
    KERNEL_NOTE_BAD_RANGE,         /* the note's physical range is empty or overflows */
    KERNEL_NOTE_SEGMENT_OUTSIDE,   /* a segment lies outside the note's physical range */
    KERNEL_NOTE_SEGMENT_MISPLACED, /* a segment's virtual-physical offset is not the kernel's */
};

/* Check `image` (already parsed by elf64_parse) as an A9N kernel; on
 * KERNEL_NOTE_OK, `note` holds its note. */
enum kernel_note_error kernel_note_check(const struct elf64_image *image,
                                         struct a9n_kernel_note *note);

const char *kernel_note_error_string(enum kernel_note_error error);

#endif

/*
 * The A9N kernel note: how a kernel image says it is an A9N kernel, and
 * where it must be loaded.
 *
 * Layer: public kernel API (installed with the SDK), shared by the kernel
 * image (which carries the note in a PT_NOTE segment) and the UEFI loader
 * (which loads an ELF file as the kernel only if it carries a note of a
 * version it understands, and every PT_LOAD segment lands where the note
 * says). Valid C99 and C++11; the constants (no C suffixes) also serve assembly.
 *
 * The note is an ELF note with name "A9N" and type A9N_KERNEL_NOTE_TYPE;
 * its descriptor is struct a9n_kernel_note, little-endian.
 */
#ifndef A9N_KERNEL_NOTE_H
#define A9N_KERNEL_NOTE_H

#define A9N_KERNEL_NOTE_TYPE    0x41394e01 /* "A9N" and 1 */
#define A9N_KERNEL_NOTE_VERSION 1
#define A9N_KERNEL_NOTE_SIZE    32

#ifndef __ASSEMBLER__
#include <a9n/compiler.h>
#include <stdint.h>

struct a9n_kernel_note {
    uint32_t version;        /* A9N_KERNEL_NOTE_VERSION */
    uint32_t reserved;       /* 0 */
    uint64_t physical_start; /* every loaded byte lies in [physical_start, physical_end) */
    uint64_t physical_end;
    /* Each PT_LOAD segment runs at its physical address (p_vaddr == p_paddr,
     * the boot code) or at its physical address plus this offset (the rest,
     * in the higher half). */
    uint64_t virtual_offset;
};

A9N_STATIC_ASSERT(sizeof(struct a9n_kernel_note) == A9N_KERNEL_NOTE_SIZE, "kernel note layout");
#endif

#endif

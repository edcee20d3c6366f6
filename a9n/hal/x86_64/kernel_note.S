/*
 * The A9N kernel note (x86_64 HAL): tells the UEFI loader that this ELF
 * file is an A9N kernel, which note version it speaks, and where its
 * segments must land (<a9n/kernel_note.h>; the linker script places it in
 * the PT_NOTE segment beside the PVH note).
 */
#include <a9n/kernel_note.h>

    .section .note.A9N, "a"
    .p2align 2
    .long 4                         /* name size: "A9N\0" */
    .long A9N_KERNEL_NOTE_SIZE      /* descriptor size */
    .long A9N_KERNEL_NOTE_TYPE
    .asciz "A9N"
    .p2align 2
    .long A9N_KERNEL_NOTE_VERSION
    .long 0
    .quad __kernel_physical_start
    .quad __kernel_physical_end
    .quad KERNEL_VIRTUAL_BASE

/*
 * The kernel's two entry points and the early page tables (x86_64 HAL, boot-only).
 *
 * - pvh_entry32: the PVH entry (Xen PVH boot ABI, as QEMU's -kernel uses it):
 *   32-bit protected mode, paging off, %ebx = physical address of the
 *   hvm_start_info structure. Announced by the XEN_ELFNOTE_PHYS32_ENTRY note.
 * - a9n_uefi_entry: the ELF entry point the A9N UEFI loader jumps to:
 *   64-bit long mode on the firmware's identity map, %rdi = physical address
 *   of the boot-info blob (<a9n/boot_info.h>), interrupts off.
 *
 * Both switch to the static page tables below (identity map and direct map of
 * the first 4 GiB, kernel image in the top 2 GiB), zero .bss, take the boot
 * stack and call hal_boot_main(boot_source, pointer) in the higher half.
 * Everything in this file lives in .boot, linked at its physical address and
 * left unmapped once the kernel's own page tables are loaded.
 */
#include "memlayout.h"

#define BOOT_SOURCE_UEFI 1
#define BOOT_SOURCE_PVH 2
#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define PTE_PRESENT_WRITABLE 0x3
#define PDE_LARGE_PAGE 0x83

    .section .note.Xen, "a"
    .p2align 2
    .long 4                         /* name size: "Xen\0" */
    .long 4                         /* descriptor size */
    .long XEN_ELFNOTE_PHYS32_ENTRY
    .asciz "Xen"
    .p2align 2
    .long pvh_entry32

    .section .boot.text, "ax"
    .code32
    .global pvh_entry32
pvh_entry32:
    cli
    cld
    mov %ebx, %esi                  /* start info, kept for hal_boot_main */
    lgdt boot_gdt_pointer
    mov %cr4, %eax
    or $(1 << 5), %eax              /* PAE */
    mov %eax, %cr4
    mov $boot_pml4, %eax
    mov %eax, %cr3
    mov $0xc0000080, %ecx           /* EFER */
    rdmsr
    or $(1 << 8), %eax              /* LME */
    wrmsr
    mov %cr0, %eax
    or $0x80000001, %eax            /* PG | PE */
    mov %eax, %cr0
    ljmp $0x08, $pvh_entry64

    .code64
pvh_entry64:
    mov $BOOT_SOURCE_PVH, %edi
    jmp boot_common64

    .global a9n_uefi_entry
a9n_uefi_entry:
    cli
    cld
    mov %rdi, %rsi
    mov $BOOT_SOURCE_UEFI, %edi
    lgdt boot_gdt_pointer
    mov $boot_pml4, %eax
    mov %rax, %cr3
    lea 1f(%rip), %rax
    pushq $0x08
    push %rax
    lretq                           /* reload CS from our GDT */
1:  jmp boot_common64

boot_common64:
    mov $0x10, %eax
    mov %eax, %ds
    mov %eax, %es
    mov %eax, %ss
    xor %eax, %eax
    mov %eax, %fs
    mov %eax, %gs
    mov %rdi, %r12
    mov %rsi, %r13
    movabs $__bss_start, %rdi
    movabs $__bss_end, %rcx
    sub %rdi, %rcx
    xor %eax, %eax
    rep stosb
    movabs $hal_kernel_stack_top, %rsp
    mov %r12, %rdi
    mov %r13, %rsi
    movabs $hal_boot_main, %rax
    call *%rax
    ud2

    .section .boot.data, "aw"
    .p2align 3
boot_gdt:
    .quad 0
    .quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
    .quad 0x00cf92000000ffff        /* 0x10: data */
boot_gdt_end:
boot_gdt_pointer:
    .word boot_gdt_end - boot_gdt - 1
    .quad boot_gdt

    .p2align 12
boot_pml4:
    .quad boot_pdpt_low + PTE_PRESENT_WRITABLE      /* identity map of 0..4 GiB */
    .fill 255, 8, 0
    .quad boot_pdpt_low + PTE_PRESENT_WRITABLE      /* direct map of 0..4 GiB */
    .fill 254, 8, 0
    .quad boot_pdpt_high + PTE_PRESENT_WRITABLE     /* kernel image */
boot_pdpt_low:
    .quad boot_pd + 0x0000 + PTE_PRESENT_WRITABLE
    .quad boot_pd + 0x1000 + PTE_PRESENT_WRITABLE
    .quad boot_pd + 0x2000 + PTE_PRESENT_WRITABLE
    .quad boot_pd + 0x3000 + PTE_PRESENT_WRITABLE
    .fill 508, 8, 0
boot_pdpt_high:
    .fill 510, 8, 0
    .quad boot_pd + 0x0000 + PTE_PRESENT_WRITABLE   /* 0xffffffff80000000: first GiB */
    .quad boot_pd + 0x1000 + PTE_PRESENT_WRITABLE
boot_pd:
    .set boot_pd_address, 0
    .rept 2048
    .quad boot_pd_address + PDE_LARGE_PAGE
    .set boot_pd_address, boot_pd_address + 0x200000
    .endr

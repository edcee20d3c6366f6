/*
 * A program for a second address space (address_space_tests.c), copied
 * there as data, so position independent: rdi = a shared data page, rsi = a
 * pattern, rsp = the top of its stack. It fills ymm0..15 with the pattern
 * (register n: pattern + n in every 64-bit lane), yields CPU_YMM_ROUNDS
 * times, checking every lane after each yield, and counts in the shared page
 *   word 0  lanes that did not hold the pattern
 *   word 1  rounds done
 * then executes ud2 to tell the resolver it is done.
 */
#define CPU_YMM_ROUNDS 100

    .section .rodata
    .balign 16
    .globl cpu_ymm_program, cpu_ymm_program_end
cpu_ymm_program:
    mov %rsi, %rbx
    mov %rdi, %rbp
    sub $32, %rsp
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    lea \n(%rbx), %rax
    mov %rax, (%rsp)
    vpbroadcastq (%rsp), %ymm\n
    .endr
    mov $CPU_YMM_ROUNDS, %r12
1:  mov $1, %eax            /* A9N_KERNEL_CALL_YIELD */
    syscall
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vmovdqu %ymm\n, (%rsp)
    lea \n(%rbx), %rax
    .irp lane, 0,8,16,24
    cmp %rax, \lane(%rsp)
    je 2f
    incq (%rbp)
2:
    .endr
    .endr
    incq 8(%rbp)
    dec %r12
    jnz 1b
    ud2
cpu_ymm_program_end:

    .section .note.GNU-stack, "", @progbits

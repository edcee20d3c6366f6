/*
 * The program the vspace suite loads into a second address space
 * (space_tests.c). It is data to the root server, copied into a frame and
 * run at whatever address that frame is mapped, so it is position
 * independent and touches only what its registers name:
 *   rdi = the shared data page, rsi = a value, rsp = the top of its stack.
 * It stores, in the shared page:
 *   word 0  the value, passed through its stack
 *   word 1  the address it runs at
 *   word 2  its stack pointer
 * then executes ud2; if the resolver skips that (two bytes), it writes its
 * own code page, which is mapped read-only, and faults again.
 */
    .section .rodata
    .balign 16
    .globl vspace_program, vspace_program_ud2, vspace_program_store, vspace_program_end
vspace_program:
    push %rsi
    pop %rax
    mov %rax, (%rdi)
    lea vspace_program(%rip), %rcx
    mov %rcx, 8(%rdi)
    mov %rsp, 16(%rdi)
vspace_program_ud2:
    ud2
vspace_program_store:
    mov %rax, (%rcx)
vspace_program_end:

    .section .note.GNU-stack, "", @progbits

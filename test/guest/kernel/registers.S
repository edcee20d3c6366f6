/*
 * Register-preservation probes for register_tests.c. Each loads distinct
 * patterns into registers, lets the kernel run (a kernel call, or a spin long
 * enough to be preempted by the timer), then compares. The result is a mask
 * with bit i set when the i-th register listed above the function changed;
 * the mask lives in a stack slot because every register is in use.
 * System V ABI: callee-saved registers are restored before returning.
 */

/* Pattern of general register number \n. */
#define PATTERN(n) (0x0123456789abcdef ^ (0x1111111111111111 * ((n) + 1)))

.macro ENTER
    push %rbx
    push %rbp
    push %r12
    push %r13
    push %r14
    push %r15
    sub $8, %rsp
    movq $0, (%rsp)
.endm

.macro LEAVE
    mov (%rsp), %rax
    add $8, %rsp
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %rbp
    pop %rbx
    ret
.endm

/* Set mask bit \bit unless register \reg still holds its pattern (uses rcx). */
.macro CHECK_GPR reg, bit
    movabs $PATTERN(\bit), %rcx
    cmp %rcx, %\reg
    je 1f
    orq $(1 << \bit), (%rsp)
1:
.endm

.macro LOAD_XMM n
    movdqu vector_patterns + 16 * \n(%rip), %xmm\n
.endm

.macro CHECK_XMM n
    pcmpeqb vector_patterns + 16 * \n(%rip), %xmm\n
    pmovmskb %xmm\n, %ecx
    cmp $0xffff, %ecx
    je 1f
    orq $(1 << \n), (%rsp)
1:
.endm

    .text

/* registers_check_kernel_call(call): bits = rbx rdx rsi rdi rbp r8 r9 r10 r12 r13 r14 r15 */
    .global registers_check_kernel_call
registers_check_kernel_call:
    ENTER
    mov %rdi, %rax
    movabs $PATTERN(0), %rbx
    movabs $PATTERN(1), %rdx
    movabs $PATTERN(2), %rsi
    movabs $PATTERN(3), %rdi
    movabs $PATTERN(4), %rbp
    movabs $PATTERN(5), %r8
    movabs $PATTERN(6), %r9
    movabs $PATTERN(7), %r10
    movabs $PATTERN(8), %r12
    movabs $PATTERN(9), %r13
    movabs $PATTERN(10), %r14
    movabs $PATTERN(11), %r15
    syscall
    CHECK_GPR rbx, 0
    CHECK_GPR rdx, 1
    CHECK_GPR rsi, 2
    CHECK_GPR rdi, 3
    CHECK_GPR rbp, 4
    CHECK_GPR r8, 5
    CHECK_GPR r9, 6
    CHECK_GPR r10, 7
    CHECK_GPR r12, 8
    CHECK_GPR r13, 9
    CHECK_GPR r14, 10
    CHECK_GPR r15, 11
    LEAVE

/* registers_check_spin(iterations): bits = rax rbx rdx rsi rdi rbp r8 r9 r10 r11 r12 r13 r14 r15 */
    .global registers_check_spin
registers_check_spin:
    ENTER
    mov %rdi, %rcx
    movabs $PATTERN(0), %rax
    movabs $PATTERN(1), %rbx
    movabs $PATTERN(2), %rdx
    movabs $PATTERN(3), %rsi
    movabs $PATTERN(4), %rdi
    movabs $PATTERN(5), %rbp
    movabs $PATTERN(6), %r8
    movabs $PATTERN(7), %r9
    movabs $PATTERN(8), %r10
    movabs $PATTERN(9), %r11
    movabs $PATTERN(10), %r12
    movabs $PATTERN(11), %r13
    movabs $PATTERN(12), %r14
    movabs $PATTERN(13), %r15
2:  dec %rcx
    jnz 2b
    CHECK_GPR rax, 0
    CHECK_GPR rbx, 1
    CHECK_GPR rdx, 2
    CHECK_GPR rsi, 3
    CHECK_GPR rdi, 4
    CHECK_GPR rbp, 5
    CHECK_GPR r8, 6
    CHECK_GPR r9, 7
    CHECK_GPR r10, 8
    CHECK_GPR r11, 9
    CHECK_GPR r12, 10
    CHECK_GPR r13, 11
    CHECK_GPR r14, 12
    CHECK_GPR r15, 13
    LEAVE

/* vector_registers_check_kernel_call(call): bit i = xmm i */
    .global vector_registers_check_kernel_call
vector_registers_check_kernel_call:
    ENTER
    mov %rdi, %rax
    LOAD_XMM 0
    LOAD_XMM 1
    LOAD_XMM 2
    LOAD_XMM 3
    LOAD_XMM 4
    LOAD_XMM 5
    LOAD_XMM 6
    LOAD_XMM 7
    LOAD_XMM 8
    LOAD_XMM 9
    LOAD_XMM 10
    LOAD_XMM 11
    LOAD_XMM 12
    LOAD_XMM 13
    LOAD_XMM 14
    LOAD_XMM 15
    syscall
    CHECK_XMM 0
    CHECK_XMM 1
    CHECK_XMM 2
    CHECK_XMM 3
    CHECK_XMM 4
    CHECK_XMM 5
    CHECK_XMM 6
    CHECK_XMM 7
    CHECK_XMM 8
    CHECK_XMM 9
    CHECK_XMM 10
    CHECK_XMM 11
    CHECK_XMM 12
    CHECK_XMM 13
    CHECK_XMM 14
    CHECK_XMM 15
    LEAVE

/* vector_registers_check_spin(iterations): bit i = xmm i */
    .global vector_registers_check_spin
vector_registers_check_spin:
    ENTER
    mov %rdi, %rcx
    LOAD_XMM 0
    LOAD_XMM 1
    LOAD_XMM 2
    LOAD_XMM 3
    LOAD_XMM 4
    LOAD_XMM 5
    LOAD_XMM 6
    LOAD_XMM 7
    LOAD_XMM 8
    LOAD_XMM 9
    LOAD_XMM 10
    LOAD_XMM 11
    LOAD_XMM 12
    LOAD_XMM 13
    LOAD_XMM 14
    LOAD_XMM 15
2:  dec %rcx
    jnz 2b
    CHECK_XMM 0
    CHECK_XMM 1
    CHECK_XMM 2
    CHECK_XMM 3
    CHECK_XMM 4
    CHECK_XMM 5
    CHECK_XMM 6
    CHECK_XMM 7
    CHECK_XMM 8
    CHECK_XMM 9
    CHECK_XMM 10
    CHECK_XMM 11
    CHECK_XMM 12
    CHECK_XMM 13
    CHECK_XMM 14
    CHECK_XMM 15
    LEAVE

    .section .rodata
    .p2align 4
vector_patterns:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .quad 0xfedcba9876543210 + 0x0102030405060708 * (\n + 1)
    .endr

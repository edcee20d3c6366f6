/*
 * Program entry point of KOITO user programs (libc, C runtime; x86_64).
 *
 * The kernel enters _start in user mode with rdi = boot-info address,
 * rsi = IPC buffer address and rdx = root-info address (<a9n/root_info.h>).
 * _start passes them on to __koito_start(), which never returns. The stack is re-aligned to 16 bytes
 * before the call, as the System V ABI requires, even though the kernel
 * promises that alignment already; rbp = 0 ends debuggers' frame walks here.
 */
    .section .text.start, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp
    and $-16, %rsp
    call __koito_start
    ud2
    .size _start, . - _start

    .section .note.GNU-stack, "", @progbits

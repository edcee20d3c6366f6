/*
 * Program entry point of KOITO user programs (libc, C runtime; x86_64).
 *
 * The kernel enters the root program's _start in user mode with rdi =
 * boot-info address, rsi = IPC buffer address, rdx = root-info address
 * (<a9n/root_info.h>) and rcx = 0; KOITO init enters a process's with rsi =
 * IPC buffer address and rcx = information block (<koito/process.h>). _start
 * passes all four on to __koito_start() as its arguments, untouched, and
 * that never returns. The stack is re-aligned to 16 bytes
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

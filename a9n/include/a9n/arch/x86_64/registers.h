/*
 * Register indexes of the thread read_registers and
 * write_registers operations on x86_64: the user-visible state of a thread.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * write_registers keeps the privileged state: segment selectors are not
 * registers here, RFLAGS keeps only the arithmetic flags, the direction flag
 * and the trap flag (the kernel always sets IF and clears IOPL), and RIP and
 * RSP must be canonical user addresses (A9N_ERROR_INVALID_ADDRESS).
 */
#ifndef A9N_ARCH_X86_64_REGISTERS_H
#define A9N_ARCH_X86_64_REGISTERS_H

enum a9n_x86_64_register {
    A9N_X86_64_RIP = 0,
    A9N_X86_64_RSP = 1,
    A9N_X86_64_RFLAGS = 2,
    A9N_X86_64_RAX = 3,
    A9N_X86_64_RBX = 4,
    A9N_X86_64_RCX = 5,
    A9N_X86_64_RDX = 6,
    A9N_X86_64_RSI = 7,
    A9N_X86_64_RDI = 8,
    A9N_X86_64_RBP = 9,
    A9N_X86_64_R8 = 10,
    A9N_X86_64_R9 = 11,
    A9N_X86_64_R10 = 12,
    A9N_X86_64_R11 = 13,
    A9N_X86_64_R12 = 14,
    A9N_X86_64_R13 = 15,
    A9N_X86_64_R14 = 16,
    A9N_X86_64_R15 = 17,
    A9N_X86_64_REGISTER_COUNT = 18,
};

#endif

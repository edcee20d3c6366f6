/*
 * Fault messages: what a thread's resolver port receives when the thread
 * faults (flag A9N_MESSAGE_FAULT; the badge is that of the resolver
 * capability the thread was configured with, so it names the thread).
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * Words of a fault message:
 *   0  enum a9n_fault_kind
 *   1  for A9N_FAULT_PAGE the faulting data address; for A9N_FAULT_UNKNOWN_CALL
 *      the kernel-call number; else 0
 *   2  instruction pointer (for an unknown call: of the instruction after it)
 *   3  architecture detail (x86_64: exception vector << 32 | error code)
 *   4.. for A9N_FAULT_UNKNOWN_CALL: the call's arguments (x86_64: rdi rsi rdx r10)
 * Replying resumes the thread where it stopped; to change its registers
 * first, use the thread write_registers operation.
 */
#ifndef A9N_FAULT_H
#define A9N_FAULT_H

enum a9n_fault_kind {
    A9N_FAULT_PAGE = 1,                /* access to an unmapped or protected address */
    A9N_FAULT_INVALID_INSTRUCTION = 2, /* undefined or privileged-only opcode */
    A9N_FAULT_ARITHMETIC = 3,          /* division by zero, FPU or SIMD exception */
    A9N_FAULT_PROTECTION = 4,          /* a privileged operation or a bad segment/address */
    A9N_FAULT_UNKNOWN_CALL = 5,        /* a kernel call the kernel does not know */
    A9N_FAULT_OTHER = 6,               /* any other exception */
};

#define A9N_FAULT_MESSAGE_LENGTH 8u

#endif

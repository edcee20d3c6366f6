/*
 * <koito/fault.h>: the POSIX signal a thread's fault stands for (KOITO ABI, installed with the
 * SDK). One mapping serves everyone who turns an A9N fault message (<a9n/fault.h>) into a
 * signal: KOITO init, which hands a fault to the process when it catches that signal; KOITO-libc,
 * which fills in the handler's siginfo_t; and the POSIX server, which reports how a faulting
 * child ended (WTERMSIG).
 *
 * Kinds, after Linux on x86_64: a page fault is SIGSEGV (SEGV_MAPERR for an address not mapped,
 * SEGV_ACCERR for an access the page's protection refuses: bit 0 of the error code says the page
 * was present), with si_addr the address accessed; an invalid opcode SIGILL (ILL_ILLOPC); a
 * divide error SIGFPE (FPE_INTDIV), an x87 or SIMD exception SIGFPE (FPE_FLTINV: which one the
 * FPU's status word would say); a stack-segment fault or an alignment check SIGBUS (BUS_ADRERR,
 * BUS_ADRALN); a general-protection fault and any other exception SIGSEGV (SI_KERNEL); an unknown
 * kernel call SIGSYS (SI_KERNEL). Apart from page faults si_addr is the faulting instruction.
 */
#ifndef KOITO_FAULT_H
#define KOITO_FAULT_H

#include <a9n/fault.h>
#include <signal.h>
#include <stdint.h>

/* x86_64 exception vectors that decide a signal beyond the fault's kind. */
#define KOITO_FAULT_VECTOR_DIVIDE        0u
#define KOITO_FAULT_VECTOR_STACK_SEGMENT 12u
#define KOITO_FAULT_VECTOR_ALIGNMENT     17u

/* The signals a fault can stand for, as a sigset_t mask (bit n - 1 for signal n). */
#define KOITO_FAULT_SIGNALS                                                                        \
    ((1ull << (SIGSEGV - 1)) | (1ull << (SIGILL - 1)) | (1ull << (SIGFPE - 1)) |                   \
     (1ull << (SIGBUS - 1)) | (1ull << (SIGSYS - 1)))

struct koito_fault_signal {
    int number;       /* the signal */
    int code;         /* its si_code */
    uint64_t address; /* its si_addr */
};

/* The signal of the fault whose message words 0..3 are `words`. */
static inline struct koito_fault_signal koito_fault_signal(const uint64_t *words)
{
    uint64_t kind = words[0], ip = words[2], detail = words[3];
    uint64_t vector = detail >> 32;
    struct koito_fault_signal s = {SIGSEGV, SI_KERNEL, ip};
    switch (kind) {
    case A9N_FAULT_PAGE:
        s.code = (detail & 1u) != 0 ? SEGV_ACCERR : SEGV_MAPERR;
        s.address = words[1];
        break;
    case A9N_FAULT_INVALID_INSTRUCTION:
        s.number = SIGILL;
        s.code = ILL_ILLOPC;
        break;
    case A9N_FAULT_ARITHMETIC:
        s.number = SIGFPE;
        s.code = vector == KOITO_FAULT_VECTOR_DIVIDE ? FPE_INTDIV : FPE_FLTINV;
        break;
    case A9N_FAULT_UNKNOWN_CALL:
        s.number = SIGSYS;
        break;
    case A9N_FAULT_OTHER:
        if (vector == KOITO_FAULT_VECTOR_STACK_SEGMENT) {
            s.number = SIGBUS;
            s.code = BUS_ADRERR;
        } else if (vector == KOITO_FAULT_VECTOR_ALIGNMENT) {
            s.number = SIGBUS;
            s.code = BUS_ADRALN;
        }
        break;
    default: /* A9N_FAULT_PROTECTION and kinds to come */
        break;
    }
    return s;
}

#endif

/*
 * The x86_64 layout of a thread's saved user state.
 *
 * The last five words are the frame the CPU pushes on an interrupt from user
 * mode. The TSS's rsp0 points just past `ss` of the running thread's context,
 * so the CPU saves that frame straight into the thread, and the entry stubs
 * (traps.S, syscall.S) push vector, error code and the general registers
 * below it. Offsets are pinned for the assembly with static assertions.
 */
#ifndef A9N_HAL_ARCH_CONTEXT_H
#define A9N_HAL_ARCH_CONTEXT_H

/* `vector` of a context saved by the syscall instruction rather than an interrupt. */
#define HAL_VECTOR_SYSCALL 0x100

/* Registers that carry message words, in message order (rdx r10 r8 r9 r12 r13 r14 r15): they come
 * first among the general registers, so a message moves between contexts as one block. */
#define HAL_CONTEXT_MESSAGE_REGISTERS 8

/* The extended-state (XSAVE) area: 2688 bytes hold XSAVE's standard format
 * up to AVX-512's last component (x87, SSE, AVX, opmask, ZMM_Hi256,
 * Hi16_ZMM); fpu.c enables no more than fits. */
#define HAL_CONTEXT_FPU_SIZE      2688
#define HAL_CONTEXT_GPR_OFFSET    2704 /* offset of rdx, the lowest general register */
#define HAL_CONTEXT_VECTOR_OFFSET (2704 + 15 * 8)
#define HAL_CONTEXT_RIP_OFFSET    (2704 + 17 * 8)
#define HAL_CONTEXT_CS_OFFSET     (2704 + 18 * 8)
#define HAL_CONTEXT_RFLAGS_OFFSET (2704 + 19 * 8)
#define HAL_CONTEXT_RSP_OFFSET    (2704 + 20 * 8)
#define HAL_CONTEXT_SIZE          (2704 + 22 * 8)

#ifdef __ASSEMBLER__
/* clang-format off */
/* Push the general registers in the order of struct hal_context, highest
 * address first (rdi first, rdx last): the entry stubs' shared step. */
.macro PUSH_GENERAL_REGISTERS
    push %rdi
    push %rsi
    push %rbp
    push %rbx
    push %rax
    push %rcx
    push %r11
    push %r15
    push %r14
    push %r13
    push %r12
    push %r9
    push %r8
    push %r10
    push %rdx
.endm
/* clang-format on */
#else
#include <stdint.h>

struct hal_context {
    /* XSAVE (or FXSAVE) image. XSAVE wants it 64-byte aligned: a context
     * lives at the start of a thread object, which is aligned to its size,
     * or is context.c's no_context, aligned by hand. */
    uint8_t fpu[HAL_CONTEXT_FPU_SIZE] __attribute__((aligned(16)));
    uint64_t tls_base; /* FS base */
    uint64_t reserved; /* keeps the registers below 16-byte aligned */
    union {
        struct {
            uint64_t rdx, r10, r8, r9, r12, r13, r14, r15;
        };
        uint64_t message[HAL_CONTEXT_MESSAGE_REGISTERS];
    };
    uint64_t r11, rcx, rax, rbx, rbp, rsi, rdi;
    uint64_t vector;
    uint64_t error_code;
    uint64_t rip, cs, rflags, rsp, ss; /* pushed by the CPU */
};

_Static_assert(__builtin_offsetof(struct hal_context, rdx) == HAL_CONTEXT_GPR_OFFSET, "rdx");
_Static_assert(__builtin_offsetof(struct hal_context, vector) == HAL_CONTEXT_VECTOR_OFFSET,
               "vector");
_Static_assert(__builtin_offsetof(struct hal_context, rip) == HAL_CONTEXT_RIP_OFFSET, "rip");
_Static_assert(__builtin_offsetof(struct hal_context, cs) == HAL_CONTEXT_CS_OFFSET, "cs");
_Static_assert(__builtin_offsetof(struct hal_context, rflags) == HAL_CONTEXT_RFLAGS_OFFSET,
               "rflags");
_Static_assert(__builtin_offsetof(struct hal_context, rsp) == HAL_CONTEXT_RSP_OFFSET, "rsp");
_Static_assert(sizeof(struct hal_context) == HAL_CONTEXT_SIZE, "hal_context size");
#endif

#endif

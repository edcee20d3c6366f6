/*
 * Random user CPU state around the hostile suite's kernel calls: RFLAGS set
 * by popf right before the syscall, random data-segment selectors, and
 * random TLS (FS) bases through the thread's set_tls_base operation. The
 * kernel must take each call with whatever state user code left and give
 * back a working thread; the suite's checks afterwards say it did.
 *
 * The asm keeps clear of the red zone (user code is built with one) and
 * changes the stack pointer with lea only, which leaves the flags alone.
 */
#include "tests.h"

#include <fixture.h>
#include <guest_test.h>

/* RFLAGS bits user code may try to set. popf in ring 3 leaves IF and IOPL
 * as they are, so asking for them tests that too. TF is left out: it traps
 * after the next instruction, and the root thread has no resolver. NT is
 * in: the kernel clears it on entry and on every iretq exit. */
#define FLAG_CF   (1u << 0)
#define FLAG_PF   (1u << 2)
#define FLAG_AF   (1u << 4)
#define FLAG_ZF   (1u << 6)
#define FLAG_SF   (1u << 7)
#define FLAG_IF   (1u << 9)
#define FLAG_DF   (1u << 10)
#define FLAG_OF   (1u << 11)
#define FLAG_IOPL (3u << 12)
#define FLAG_NT   (1u << 14)
#define FLAG_AC   (1u << 18)
#define FLAG_ID   (1u << 21)
#define HOSTILE_FLAGS                                                                              \
    (FLAG_CF | FLAG_PF | FLAG_AF | FLAG_ZF | FLAG_SF | FLAG_IF | FLAG_DF | FLAG_OF | FLAG_IOPL |   \
     FLAG_NT | FLAG_AC | FLAG_ID)
/* What a C function may rely on: DF clear, IF set, bit 1 always one. */
#define FLAGS_CLEAN 0x202u

/* Data selectors ring 3 may load without a fault: null, null with RPL 3,
 * and the user data segment (hal/x86_64/gdt.h). */
static const uint16_t selectors[] = {0, 3, 0x23};

enum a9n_error hostile_call(a9n_descriptor_t target, uint64_t operation,
                            uint64_t mr[A9N_MESSAGE_REGISTERS], uint64_t *state)
{
    uint64_t flags = (hostile_random(state) & HOSTILE_FLAGS) | 2u;
    uint64_t pick = hostile_random(state);
    uint16_t data = selectors[pick % 3];
    uint16_t extra = selectors[(pick >> 8) % 3];
    uint16_t fs = selectors[(pick >> 16) % 3];
    uint16_t gs = selectors[(pick >> 24) % 3];
    /* Data selectors first: nothing the compiler puts in between reloads them. */
    __asm__ volatile("mov %w0, %%ds\n\t"
                     "mov %w1, %%es\n\t"
                     "mov %w2, %%fs\n\t"
                     "mov %w3, %%gs"
                     :
                     : "r"(data), "r"(extra), "r"(fs), "r"(gs)
                     : "memory");
    register uint64_t rax __asm__("rax") = A9N_KERNEL_CALL_CAPABILITY;
    register uint64_t rcx __asm__("rcx") = flags; /* syscall overwrites it anyway */
    register uint64_t rdx __asm__("rdx") = mr[0];
    register uint64_t r10 __asm__("r10") = mr[1];
    register uint64_t r8 __asm__("r8") = mr[2];
    register uint64_t r9 __asm__("r9") = mr[3];
    register uint64_t r12 __asm__("r12") = mr[4];
    register uint64_t r13 __asm__("r13") = mr[5];
    register uint64_t r14 __asm__("r14") = mr[6];
    register uint64_t r15 __asm__("r15") = mr[7];
    register uint64_t rdi __asm__("rdi") = target;
    register uint64_t rsi __asm__("rsi") = operation;
    /* The flags last, right before the syscall; clean ones right after. */
    __asm__ volatile("lea -128(%%rsp), %%rsp\n\t"
                     "pushq %%rcx\n\t"
                     "popfq\n\t"
                     "syscall\n\t"
                     "pushq %[clean]\n\t"
                     "popfq\n\t"
                     "lea 128(%%rsp), %%rsp"
                     : "+r"(rax), "+r"(rcx), "+r"(rdx), "+r"(r10), "+r"(r8), "+r"(r9), "+r"(r12),
                       "+r"(r13), "+r"(r14), "+r"(r15)
                     : "r"(rdi), "r"(rsi), [clean] "i"(FLAGS_CLEAN)
                     : "r11", "memory", "cc");
    __asm__ volatile("mov %w0, %%ds\n\t"
                     "mov %w0, %%es"
                     :
                     : "r"((uint16_t)0x23)
                     : "memory");
    mr[0] = rdx;
    mr[1] = r10;
    mr[2] = r8;
    mr[3] = r9;
    mr[4] = r12;
    mr[5] = r13;
    mr[6] = r14;
    mr[7] = r15;
    return (enum a9n_error)rax;
}

/* The thread control block crt0 gave the thread (hostile_tls_save). */
static uint64_t original_tls_base;

void hostile_tls_save(void)
{
    __asm__("mov %%fs:0, %0" : "=r"(original_tls_base));
}

void hostile_tls_restore(void)
{
    a9n_thread_set_tls_base(root_slot(A9N_ROOT_SLOT_THREAD), original_tls_base);
}

void hostile_tls_base(uint64_t *state)
{
    static const uint64_t bases[] = {
        0,
        0x1000,
        0x00007ffffffff000ull, /* last user page */
        0x0000800000000000ull, /* first non-canonical address */
        0xffff800000000000ull, /* kernel half */
        ~0ull,
    };
    uint64_t pick = hostile_random(state);
    uint64_t base = pick % 2 ? hostile_random(state) : bases[(pick >> 8) % 6];
    enum a9n_error error = a9n_thread_set_tls_base(root_slot(A9N_ROOT_SLOT_THREAD), base);
    if (error != A9N_OK && error != A9N_ERROR_INVALID_ADDRESS &&
        error != A9N_ERROR_INVALID_ARGUMENT) {
        hostile_tls_restore();
        GUEST_CHECK_EQ(error, A9N_OK);
    }
}

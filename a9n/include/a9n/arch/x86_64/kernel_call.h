/*
 * The x86_64 kernel-call convention and its user-side stubs.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * A kernel call is the `syscall` instruction with:
 *   rax = enum a9n_kernel_call
 *   rdi, rsi, rdx, r10, r8, r9 = arguments 0..5
 * On return rax holds an enum a9n_error. rcx and r11 are clobbered by the
 * instruction itself; every other register is preserved.
 */
#ifndef A9N_ARCH_X86_64_KERNEL_CALL_H
#define A9N_ARCH_X86_64_KERNEL_CALL_H

#include <a9n/error.h>
#include <a9n/kernel_call.h>
#include <stdint.h>

static inline uint64_t a9n_kernel_call_0(uint64_t call)
{
    uint64_t result;
    __asm__ volatile("syscall" : "=a"(result) : "a"(call) : "rcx", "r11", "memory");
    return result;
}

static inline uint64_t a9n_kernel_call_3(uint64_t call, uint64_t a0, uint64_t a1, uint64_t a2)
{
    uint64_t result;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(call), "D"(a0), "S"(a1), "d"(a2)
                     : "rcx", "r11", "memory");
    return result;
}

/* Give up the rest of the current timeslice. Always A9N_OK. */
static inline uint64_t a9n_yield(void)
{
    return a9n_kernel_call_0(A9N_KERNEL_CALL_YIELD);
}

/* Write `length` bytes at `text` to the kernel console (debug kernels only). */
static inline uint64_t a9n_debug_write(const void *text, uint64_t length)
{
    return a9n_kernel_call_3(A9N_KERNEL_CALL_DEBUG, A9N_DEBUG_WRITE, (uint64_t)(uintptr_t)text,
                             length);
}

#endif

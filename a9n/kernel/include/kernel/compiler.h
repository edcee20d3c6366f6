/*
 * Compiler hints for the hot paths (portable core; clang and GCC).
 *
 * KERNEL_ALWAYS_INLINE forces a function into its callers, across files
 * too, since the kernel is linked with link-time optimisation: the IPC fast
 * path and the kernel-call entry are each meant to be one function with no
 * calls until the exit to user mode. KERNEL_NOINLINE keeps a function out of
 * its caller, so that each has fewer values live at once (and fewer
 * registers to save). KERNEL_UNLIKELY marks the branches they leave by, and
 * KERNEL_LIKELY the more common of two ways on, so the compiler lays the
 * common path out straight.
 */
#ifndef A9N_KERNEL_COMPILER_H
#define A9N_KERNEL_COMPILER_H

#define KERNEL_ALWAYS_INLINE       __attribute__((always_inline))
#define KERNEL_NOINLINE            __attribute__((noinline))
#define KERNEL_LIKELY(condition)   __builtin_expect(!!(condition), 1)
#define KERNEL_UNLIKELY(condition) __builtin_expect(!!(condition), 0)

#endif

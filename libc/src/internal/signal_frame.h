/*
 * The frame the signal thread builds on the main thread's stack to run a handler there (libc,
 * internal header of the OS port; x86_64). Shared with __koito_signal_trampoline.S, which
 * depends on the offsets checked below.
 *
 * The frame lies below the interrupted code's red zone (128 bytes under its stack pointer),
 * 64-byte aligned. The signal thread fills in the registers it read; the trampoline saves the
 * FPU, SSE and AVX state itself (xsave, or fxsave on a processor without it), runs
 * __koito_signal_run, restores everything and jumps back, so no register is lost and no kernel
 * call is needed. The jump goes through one word (__koito_signal_return), written just before
 * the last instructions restore the flags and the stack pointer; the signal thread never starts a
 * handler while the main thread is between __koito_signal_restore_start and _end, where that word
 * is in use. (iretq would restore all three at once, but QEMU reads its stack as the kernel,
 * which SMAP refuses for user pages.)
 */
#ifndef KOITO_LIBC_INTERNAL_SIGNAL_FRAME_H
#define KOITO_LIBC_INTERNAL_SIGNAL_FRAME_H

#include "libc.h"
#include <a9n/a9n.h>
#include <a9n/arch/x86_64/registers.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#define __KOITO_SIGNAL_FRAME_RED_ZONE 128u
#define __KOITO_SIGNAL_FRAME_FPU      256u  /* offset of the FPU state, 64-byte aligned */
#define __KOITO_SIGNAL_FRAME_FPU_MAX  8192u /* the most xsave state we make room for */

struct __koito_signal_frame {
    uint64_t registers[A9N_X86_64_REGISTER_COUNT]; /* a9n's register order */
    uint64_t xsave;                                /* 1: xsave/xrstor; 0: fxsave/fxrstor */
    siginfo_t info;                                /* the signal to run */
};

_Static_assert(offsetof(struct __koito_signal_frame, registers) == 0, "frame layout");
_Static_assert(offsetof(struct __koito_signal_frame, xsave) == 144, "frame layout");
_Static_assert(sizeof(struct __koito_signal_frame) <= __KOITO_SIGNAL_FRAME_FPU, "frame layout");

/* Build the frame for info on the suspended main thread and point it at the trampoline (the
 * signal thread); 0, -EBUSY while it is in the trampoline's last instructions, or -EIO. */
__KOITO_HIDDEN int __koito_signal_frame_build(a9n_descriptor_t thread, const siginfo_t *info);
/* Runs the frame's signal and every other one that is then deliverable (the trampoline calls
 * it on the main thread). */
__KOITO_HIDDEN void __koito_signal_run(struct __koito_signal_frame *frame);
/* Where the signal thread points the main thread; never called from C. */
__KOITO_HIDDEN void __koito_signal_trampoline(void);
/* The trampoline's last instructions, and the word they jump through. */
__KOITO_HIDDEN extern const char __koito_signal_restore_start[], __koito_signal_restore_end[];
__KOITO_HIDDEN extern uint64_t __koito_signal_return;

#endif

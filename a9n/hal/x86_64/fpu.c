/*
 * Extended register state of user threads (x86_64 HAL): x87, SSE, and
 * with XSAVE every further component the CPU offers that user code can use
 * (AVX, and AVX-512's opmask and upper ZMM state where present).
 *
 * The kernel is built without SSE, so the registers always hold the state of
 * the last user context that ran (context.c's current_context). A switch to
 * another context saves them into the old one's area and loads the new
 * one's, with XSAVE/XRSTOR over the components enabled in XCR0 or, on a CPU
 * without XSAVE, FXSAVE/FXRSTOR. The area is the context's `fpu` field,
 * HAL_CONTEXT_FPU_SIZE bytes, 64-byte aligned, in XSAVE's standard format
 * (its first 512 bytes are the FXSAVE image). XCR0 gets the components
 * whose save area fits there: the size comes from CPUID leaf 0xD, and a CPU
 * whose full set would not fit (none known today) keeps x87, SSE and AVX.
 *
 * A new context's area is zero but for the control words of the reset
 * state, FCW 0x037f and MXCSR 0x1f80: XRSTOR loads every component whose
 * bit in the header's XSTATE_BV is 0 (all of them) in its initial state, and
 * FXRSTOR loads the same image as the state after FNINIT. So nothing of
 * another thread's registers ever reaches a new one.
 */
#include "fpu.h"

#include "x86.h"

#include <kernel/panic.h>
#include <kernel/print.h>

#define XCR0_X87       (1ul << 0)
#define XCR0_SSE       (1ul << 1)
#define XCR0_AVX       (1ul << 2)
#define XCR0_OPMASK    (1ul << 5)
#define XCR0_ZMM_HI256 (1ul << 6)
#define XCR0_HI16_ZMM  (1ul << 7)
#define XCR0_AVX512    (XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM)

#define FPU_FCW_OFFSET   0
#define FPU_MXCSR_OFFSET 24
#define FPU_FCW_RESET    0x037fu
#define FPU_MXCSR_RESET  0x1f80u

static bool fpu_xsave;
static uint64_t fpu_xcr0;

static uint64_t xsave_size_for(uint64_t xcr0)
{
    xsetbv(0, xcr0);
    uint32_t r[4];
    cpuid(0xd, 0, r);
    return r[1]; /* EBX: the area XSAVE needs for what XCR0 enables now */
}

/* XCR0: the user components the CPU supports whose area fits a context. */
static uint64_t choose_xcr0(void)
{
    uint32_t r[4];
    cpuid(0xd, 0, r);
    uint64_t supported = ((uint64_t)r[3] << 32) | r[0];
    uint64_t xcr0 = XCR0_X87 | XCR0_SSE;
    if (supported & XCR0_AVX)
        xcr0 |= XCR0_AVX;
    if ((xcr0 & XCR0_AVX) && (supported & XCR0_AVX512) == XCR0_AVX512)
        xcr0 |= XCR0_AVX512;
    if (xsave_size_for(xcr0) > HAL_CONTEXT_FPU_SIZE)
        xcr0 &= ~XCR0_AVX512;
    if (xsave_size_for(xcr0) > HAL_CONTEXT_FPU_SIZE)
        panic("XSAVE area of %lx does not fit %u bytes", xcr0, HAL_CONTEXT_FPU_SIZE);
    return xcr0;
}

void fpu_init(bool xsave)
{
    fpu_xsave = xsave;
    if (xsave) {
        fpu_xcr0 = choose_xcr0();
        xsetbv(0, fpu_xcr0);
        kprintf("a9n: extended state: xsave, XCR0 %lx, %lu bytes per thread\n", fpu_xcr0,
                xsave_size_for(fpu_xcr0));
    }
    uint32_t mxcsr = FPU_MXCSR_RESET;
    __asm__ volatile("fninit\n"
                     "ldmxcsr %0\n"
                     :
                     : "m"(mxcsr));
}

void fpu_reset(struct hal_context *context)
{
    __builtin_memset(context->fpu, 0, sizeof(context->fpu));
    *(uint16_t *)(void *)&context->fpu[FPU_FCW_OFFSET] = FPU_FCW_RESET;
    *(uint32_t *)(void *)&context->fpu[FPU_MXCSR_OFFSET] = FPU_MXCSR_RESET;
}

void fpu_switch(struct hal_context *from, struct hal_context *to)
{
    if (fpu_xsave) {
        /* edx:eax all ones: every component XCR0 enables. */
        __asm__ volatile("xsave64 %0\n"
                         "xrstor64 %1\n"
                         : "=m"(from->fpu)
                         : "m"(to->fpu), "a"(~0u), "d"(~0u));
    } else {
        __asm__ volatile("fxsave64 %0" : "=m"(from->fpu));
        __asm__ volatile("fxrstor64 %0" : : "m"(to->fpu));
    }
}

/*
 * FPU/SSE state for user threads (x86_64 HAL).
 *
 * The kernel itself is built without SSE, so the registers always hold the
 * state of the last user context that ran (context.c's current_context). It
 * is saved with fxsave and the next thread's state loaded with fxrstor only
 * when a different context is about to run. New contexts start from the
 * reset image captured at boot (FCW 0x037f, MXCSR 0x1f80).
 */
#include "fpu.h"

#include "x86.h"

static uint8_t fpu_reset_image[HAL_CONTEXT_FPU_SIZE] __attribute__((aligned(16)));

void fpu_init(void)
{
    uint64_t cr0 = read_cr0();
    cr0 &= ~(CR0_EM | CR0_TS);
    cr0 |= CR0_MP | CR0_NE;
    write_cr0(cr0);
    write_cr4(read_cr4() | CR4_OSFXSR | CR4_OSXMMEXCPT);
    uint32_t mxcsr = 0x1f80;
    __asm__ volatile("fninit\n"
                     "ldmxcsr %1\n"
                     "fxsave64 %0\n"
                     : "=m"(fpu_reset_image)
                     : "m"(mxcsr));
}

void fpu_reset(struct hal_context *context)
{
    __builtin_memcpy(context->fpu, fpu_reset_image, sizeof(fpu_reset_image));
}

void fpu_switch(struct hal_context *from, struct hal_context *to)
{
    __asm__ volatile("fxsave64 %0" : "=m"(from->fpu));
    __asm__ volatile("fxrstor64 %0" : : "m"(to->fpu));
}

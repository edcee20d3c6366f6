/*
 * Extended register state switching (x86_64 HAL); see fpu.c.
 */
#ifndef A9N_HAL_X86_64_FPU_H
#define A9N_HAL_X86_64_FPU_H

#include <hal/context.h>
#include <stdbool.h>

/* Set XCR0 (with `xsave`: CR4.OSXSAVE is on) and reset the registers. */
void fpu_init(bool xsave);

/* Give `context` the initial extended state. */
void fpu_reset(struct hal_context *context);

/* Save the CPU's state into `from` and load `to`'s. */
void fpu_switch(struct hal_context *from, struct hal_context *to);

#endif

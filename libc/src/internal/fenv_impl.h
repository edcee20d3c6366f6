/*
 * Access to the two floating-point units' state (libc, internal header of
 * fenv).
 *
 * fnstenv stores the x87 environment and, as a side effect, masks every x87
 * exception; every reader therefore loads the stored environment straight
 * back. Changing x87 flags goes through a stored environment too (there is
 * no instruction that sets a status flag).
 */
#ifndef KOITO_LIBC_INTERNAL_FENV_IMPL_H
#define KOITO_LIBC_INTERNAL_FENV_IMPL_H

#include "libc.h"
#include <fenv.h>

#define __KOITO_MXCSR_ROUNDING_SHIFT 3 /* MXCSR bits 13-14 = x87 bits 10-11 */
#define __KOITO_MXCSR_DEFAULT        0x1f80u
#define __KOITO_X87_CONTROL_DEFAULT  0x037fu

static inline void __koito_x87_get(fenv_t *env)
{
    __asm__ volatile("fnstenv %0\n\tfldenv %0" : "=m"(*env));
}

static inline void __koito_x87_set(const fenv_t *env)
{
    __asm__ volatile("fldenv %0" : : "m"(*env));
}

static inline unsigned __koito_mxcsr_get(void)
{
    unsigned value;
    __asm__ volatile("stmxcsr %0" : "=m"(value));
    return value;
}

static inline void __koito_mxcsr_set(unsigned value)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(value));
}

#endif

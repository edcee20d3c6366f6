/* fesetround (libc, fenv; x86_64): sets the rounding mode of both units;
 * nonzero (and no change) for a value that is not a mode. */
#include "fenv_impl.h"

int fesetround(int round)
{
    if (round & ~0xc00) {
        return -1;
    }
    unsigned short control;
    __asm__ volatile("fnstcw %0" : "=m"(control));
    control = (unsigned short)((control & ~0xc00) | round);
    __asm__ volatile("fldcw %0" : : "m"(control));
    unsigned mxcsr = __koito_mxcsr_get() & ~(0xc00u << __KOITO_MXCSR_ROUNDING_SHIFT);
    __koito_mxcsr_set(mxcsr | ((unsigned)round << __KOITO_MXCSR_ROUNDING_SHIFT));
    return 0;
}

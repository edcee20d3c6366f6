/* fegetround (libc, fenv; x86_64): the rounding mode (both units are kept
 * in the same mode; the x87's is read). */
#include "fenv_impl.h"

int fegetround(void)
{
    unsigned short control;
    __asm__ volatile("fnstcw %0" : "=m"(control));
    return control & 0xc00;
}

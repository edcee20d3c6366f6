/* fetestexcept (libc, fenv; x86_64): the flags raised in either unit. */
#include "fenv_impl.h"

int fetestexcept(int excepts)
{
    unsigned short status;
    __asm__ volatile("fnstsw %0" : "=a"(status));
    return (int)((status | __koito_mxcsr_get()) & (unsigned)excepts & FE_ALL_EXCEPT);
}

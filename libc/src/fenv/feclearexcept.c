/* feclearexcept (libc, fenv; x86_64): clears the flags in both units. */
#include "fenv_impl.h"

int feclearexcept(int excepts)
{
    excepts &= FE_ALL_EXCEPT;
    fenv_t env;
    __koito_x87_get(&env);
    env.__status &= (unsigned short)~excepts;
    __koito_x87_set(&env);
    __koito_mxcsr_set(__koito_mxcsr_get() & ~(unsigned)excepts);
    return 0;
}

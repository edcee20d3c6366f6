/* fesetexceptflag (libc, fenv; x86_64): sets the requested flags to the
 * saved state, in MXCSR; clears them in the x87 so both agree. */
#include "fenv_impl.h"

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
    excepts &= FE_ALL_EXCEPT;
    fenv_t env;
    __koito_x87_get(&env);
    env.__status &= (unsigned short)~excepts;
    __koito_x87_set(&env);
    unsigned mxcsr = __koito_mxcsr_get() & ~(unsigned)excepts;
    __koito_mxcsr_set(mxcsr | (*flagp & (unsigned)excepts));
    return 0;
}

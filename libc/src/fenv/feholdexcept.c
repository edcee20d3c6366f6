/* feholdexcept (libc, fenv; x86_64): saves the environment, clears the
 * flags and masks every exception (non-stop mode). */
#include "fenv_impl.h"

int feholdexcept(fenv_t *envp)
{
    fegetenv(envp);
    fenv_t env = *envp;
    env.__control |= FE_ALL_EXCEPT;
    env.__status &= (unsigned short)~FE_ALL_EXCEPT;
    __koito_x87_set(&env);
    __koito_mxcsr_set((envp->__mxcsr | ((unsigned)FE_ALL_EXCEPT << 7)) & ~(unsigned)FE_ALL_EXCEPT);
    return 0;
}

/* fesetenv (libc, fenv; x86_64): loads both units' environments, or the
 * start-up one for FE_DFL_ENV. */
#include "fenv_impl.h"

int fesetenv(const fenv_t *envp)
{
    fenv_t env;
    __koito_x87_get(&env);
    if (envp == FE_DFL_ENV) {
        env.__control = __KOITO_X87_CONTROL_DEFAULT;
        env.__status &= (unsigned short)~FE_ALL_EXCEPT;
        env.__mxcsr = __KOITO_MXCSR_DEFAULT;
    } else {
        env.__control = envp->__control;
        env.__status = envp->__status;
        env.__mxcsr = envp->__mxcsr;
    }
    __koito_x87_set(&env);
    __koito_mxcsr_set(env.__mxcsr);
    return 0;
}

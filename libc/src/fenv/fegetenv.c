/* fegetenv (libc, fenv; x86_64): stores both units' environments. */
#include "fenv_impl.h"

int fegetenv(fenv_t *envp)
{
    __koito_x87_get(envp);
    envp->__mxcsr = __koito_mxcsr_get();
    return 0;
}

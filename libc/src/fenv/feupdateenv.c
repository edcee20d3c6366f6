/* feupdateenv (libc, fenv; x86_64): installs an environment, then raises
 * again the flags that were raised before. */
#include "fenv_impl.h"

int feupdateenv(const fenv_t *envp)
{
    int raised = fetestexcept(FE_ALL_EXCEPT);
    fesetenv(envp);
    feraiseexcept(raised);
    return 0;
}

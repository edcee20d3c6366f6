/* fegetexceptflag (libc, fenv; x86_64): the requested flags' state. */
#include "fenv_impl.h"

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
    *flagp = (fexcept_t)fetestexcept(excepts);
    return 0;
}

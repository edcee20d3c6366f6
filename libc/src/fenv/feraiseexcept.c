/*
 * feraiseexcept (libc, fenv; x86_64): sets the flags in MXCSR. With the
 * default masks nothing traps; an unmasked exception traps at the next SSE
 * instruction, as C17 allows ("raises ... in the order unspecified").
 */
#include "fenv_impl.h"

int feraiseexcept(int excepts)
{
    excepts &= FE_ALL_EXCEPT;
    __koito_mxcsr_set(__koito_mxcsr_get() | (unsigned)excepts);
    return 0;
}

/*
 * siglongjmp() and sigsetjmp()'s note of the mask (libc, setjmp): the mask a sigsetjmp() with a
 * non-zero save_mask noted is put back before the jump (signals it unblocks are delivered
 * then), so leaving a signal handler by siglongjmp() unblocks the handler's signal again.
 */
#include "signal_impl.h"
#include <setjmp.h>
#include <stddef.h>

__KOITO_HIDDEN void __koito_sigsetjmp_mask(sigjmp_buf environment);

void __koito_sigsetjmp_mask(sigjmp_buf environment)
{
    environment[9] = __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
}

_Noreturn void siglongjmp(sigjmp_buf environment, int value)
{
    if (environment[8] != 0)
        __koito_signal_set_mask(environment[9], NULL);
    longjmp(environment, value);
}

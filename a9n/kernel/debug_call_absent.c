/*
 * The debug kernel call in a kernel built without it (portable core): the
 * call number is answered like any unknown one.
 */
#include <kernel/debug_call.h>

enum a9n_error debug_call(struct thread *caller)
{
    (void)caller;
    return A9N_ERROR_UNKNOWN_CALL;
}

/*
 * The debug object in a kernel built without the debug call (portable
 * core): no debug capability is ever made, so nothing can invoke one.
 */
#include <kernel/debug.h>

bool debug_capability_create(struct capability *capability)
{
    (void)capability;
    return false;
}

/* Unreachable (no capability of the type exists); answers like an unknown operation. */
enum a9n_error debug_invoke(struct thread *caller, uint64_t operation, const uint64_t *arguments)
{
    (void)caller;
    (void)operation;
    (void)arguments;
    return A9N_ERROR_UNKNOWN_CALL;
}

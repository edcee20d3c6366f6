/*
 * The debug kernel call (portable core, debug kernels only): console output
 * for user programs before they have a console driver of their own.
 */
#include <a9n/kernel_call.h>
#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/debug_call.h>
#include <kernel/fastpath.h>
#include <kernel/print.h>

static char debug_write_buffer[A9N_DEBUG_WRITE_MAX];

static enum a9n_error debug_write(struct thread *caller, uint64_t address, uint64_t length)
{
    if (length > A9N_DEBUG_WRITE_MAX)
        return A9N_ERROR_INVALID_ARGUMENT;
    enum a9n_error error =
        hal_copy_from_user(thread_vspace_root(caller), debug_write_buffer, address, length);
    if (error != A9N_OK)
        return error;
    hal_console_write(debug_write_buffer, length);
    return A9N_OK;
}

enum a9n_error debug_call(struct thread *caller)
{
    const struct hal_context *context = &caller->context;
    switch (hal_context_argument(context, 0)) {
    case A9N_DEBUG_WRITE:
        return debug_write(caller, hal_context_argument(context, 1),
                           hal_context_message(context, 0));
    case A9N_DEBUG_PRINT_COUNTERS:
        kprintf("a9n: fast path taken %lu times\n", fastpath_hits());
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

/*
 * The debug object (portable core, debug kernels only): console output for
 * user programs before they have a console driver of their own, and the
 * kernel's event counters. Its capability names no object; holding it (with
 * WRITE) is the whole authority, so the root server decides who may write
 * to the kernel console by whom it gives a copy to.
 */
#include <a9n/a9n.h>
#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/debug.h>
#include <kernel/fastpath.h>
#include <kernel/print.h>

static char debug_write_buffer[A9N_DEBUG_WRITE_MAX];

bool debug_capability_create(struct capability *capability)
{
    *capability = (struct capability){.type = A9N_OBJECT_DEBUG, .rights = A9N_RIGHTS_ALL};
    return true;
}

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

enum a9n_error debug_invoke(struct thread *caller, uint64_t operation, const uint64_t *arguments)
{
    switch (operation) {
    case A9N_DEBUG_WRITE:
        return debug_write(caller, arguments[0], arguments[1]);
    case A9N_DEBUG_PRINT_COUNTERS:
        kprintf("a9n: fast path taken %lu times\n", fastpath_hits());
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

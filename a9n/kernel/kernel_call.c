/*
 * Kernel-call dispatch (portable core): the step between the HAL's syscall
 * stub and the code of each call. Reads the call number from the caller's
 * saved context, runs the call, stores its result and returns to user mode
 * (or to another thread, when the call switches).
 */
#include <a9n/error.h>
#include <a9n/kernel_call.h>
#include <kernel/capability_call.h>
#include <kernel/debug_call.h>
#include <kernel/entry.h>
#include <kernel/sched.h>

_Noreturn void kernel_handle_call(void)
{
    struct thread *caller = sched_current();
    struct hal_context *context = &caller->context;
    switch (hal_context_call_number(context)) {
    case A9N_KERNEL_CALL_CAPABILITY:
        hal_context_set_result(context, capability_call(caller));
        break;
    case A9N_KERNEL_CALL_YIELD:
        hal_context_set_result(context, A9N_OK);
        sched_yield();
    case A9N_KERNEL_CALL_DEBUG:
        hal_context_set_result(context, debug_call(caller));
        break;
    default:
        hal_context_set_result(context, A9N_ERROR_UNKNOWN_CALL);
        break;
    }
    sched_run();
}

/*
 * Kernel-call dispatch (portable core): the step between the HAL's syscall
 * stub and the code of each call. Reads the call number from the caller's
 * saved context, runs the call, stores its result and returns to user mode
 * (or to another thread, when the call switches). An unknown call number is
 * a fault for the caller's resolver (fault.c).
 */
#include <a9n/error.h>
#include <a9n/kernel_call.h>
#include <kernel/capability_call.h>
#include <kernel/compiler.h>
#include <kernel/entry.h>
#include <kernel/fastpath.h>
#include <kernel/fault.h>
#include <kernel/sched.h>

/* A call number the kernel does not know: a fault for the resolver to
 * emulate, if there is one; otherwise the caller simply gets an error. */
static void unknown_call(struct thread *caller)
{
    struct hal_context *context = &caller->context;
    uint64_t words[A9N_FAULT_MESSAGE_LENGTH] = {
        A9N_FAULT_UNKNOWN_CALL,
        hal_context_call_number(context),
        hal_context_instruction_pointer(context),
        0,
        hal_context_argument(context, 0),
        hal_context_argument(context, 1),
        hal_context_message(context, 0),
        hal_context_message(context, 1),
    };
    if (!fault_has_resolver(caller) || !fault_deliver(caller, words, A9N_FAULT_MESSAGE_LENGTH))
        hal_context_set_result(context, A9N_ERROR_UNKNOWN_CALL);
}

/* Every call the fast path does not take. Kept out of line, so that
 * kernel_handle_call stays a short run to the fast path and to yield. */
static KERNEL_NOINLINE _Noreturn void dispatch_call(struct thread *caller)
{
    struct hal_context *context = &caller->context;
    switch (hal_context_call_number(context)) {
    case A9N_KERNEL_CALL_CAPABILITY:
        capability_call(caller);
        break;
    case A9N_KERNEL_CALL_YIELD:
        hal_context_set_result(context, A9N_OK);
        sched_yield_current();
    case CAPABILITY_CALL_CONTINUE:
        if (!capability_call_continue(caller))
            unknown_call(caller);
        break;
    default:
        unknown_call(caller);
        break;
    }
    sched_run();
}

/* The two calls whose speed is measured come first: the IPC fast path and
 * yield (the null kernel call when nothing else is ready). */
_Noreturn void kernel_handle_call(void)
{
    struct thread *caller = sched_current();
    uint64_t call = hal_context_call_number(&caller->context);
    if (KERNEL_LIKELY(call == A9N_KERNEL_CALL_CAPABILITY)) {
        fastpath_capability_call(caller);
    } else if (call == A9N_KERNEL_CALL_YIELD) {
        hal_context_set_result(&caller->context, A9N_OK);
        sched_yield_current();
    }
    dispatch_call(caller);
}

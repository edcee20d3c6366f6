/*
 * The capability kernel call (portable core): invoke an operation on the
 * object a capability names.
 *
 * 1. Look up the target descriptor from the caller's root node.
 * 2. Find the operation in the table generated from the API definition
 *    (kernel/generated/operation_table.c); its value names the type it is
 *    meant for (bits 15..8), which must be the target's. Check the rights
 *    the operation requires.
 * 3. A message operation (IPC) hands over to ipc_port.c, which writes the
 *    registers of every thread it involves and may block the caller (or
 *    stop a receive at a preemption point, writing nothing). Any
 *    other reads its arguments from the message registers, runs, and writes
 *    back its error and results.
 * 4. Destroy whatever objects the operation left without capabilities.
 *
 * Restarts (preempt.h). An operation that stops at a preemption point has
 * written nothing to the caller: the caller is made to run the same call
 * again (hal_context_restart_call), and the pending interrupt is taken on the
 * way out. Reaping dead objects (step 4) may stop too, once the operation
 * is done: then its results are already in the caller's registers, and the
 * caller is made to enter again with CAPABILITY_CALL_CONTINUE, which
 * finishes the reaping and only then reports the saved result. Objects a
 * stopped call left queued are reaped first by the next capability call,
 * whoever makes it, before it looks at anything.
 */
#include <a9n/a9n.h>
#include <kernel/capability_call.h>
#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/lookup.h>
#include <kernel/object.h>
#include <kernel/object_types.h>
#include <kernel/operation_table.h>
#include <kernel/preempt.h>

/* Bits of the operation value that name the operation; message operations
 * carry their length and flags above them. */
#define OPERATION_MASK 0xffffu

static enum a9n_error capability_find(struct thread *caller, struct lookup_result *target,
                                      uint64_t operation, const struct operation_info **info)
{
    struct hal_context *context = &caller->context;
    enum a9n_error error =
        lookup_slot(&caller->cspace_root, hal_context_argument(context, 0), true, target);
    if (error != A9N_OK)
        return error;
    const struct capability *capability = &target->slot->capability;
    if (slot_is_empty(target->slot))
        return A9N_ERROR_EMPTY_SLOT;
    uint8_t operation_type = (uint8_t)((operation & OPERATION_MASK) >> 8);
    *info = operation_table_find(operation_type, operation & 0xff);
    if (!*info || ((operation & ~(uint64_t)OPERATION_MASK) && !(*info)->message))
        return A9N_ERROR_UNKNOWN_CALL;
    if (operation_type != capability->type)
        return A9N_ERROR_WRONG_TYPE;
    if ((capability->rights & (*info)->required_rights) != (*info)->required_rights)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    return A9N_OK;
}

/* Leave the call's results as they are and make the caller enter again
 * to finish reaping (capability_call_continue). */
static void capability_call_defer(struct thread *caller, enum a9n_error error)
{
    struct hal_context *context = &caller->context;
    caller->call_continues = true;
    caller->continued_result = error;
    hal_context_set_call_number(context, CAPABILITY_CALL_CONTINUE);
    hal_context_restart_call(context);
}

bool capability_call_continue(struct thread *caller)
{
    if (!caller->call_continues)
        return false;
    if (!object_reap()) {
        preempt_take();
        hal_context_restart_call(&caller->context);
        return true;
    }
    preempt_take();
    caller->call_continues = false;
    hal_context_set_result(&caller->context, caller->continued_result);
    return true;
}

void capability_call(struct thread *caller)
{
    struct hal_context *context = &caller->context;
    if (!object_reap()) {
        /* Dead objects an earlier call left: nothing is looked at before they are gone. */
        preempt_take();
        hal_context_restart_call(context);
        return;
    }
    uint64_t operation = hal_context_argument(context, 1);
    struct lookup_result target;
    const struct operation_info *info = 0;
    enum a9n_error error = capability_find(caller, &target, operation, &info);
    if (error != A9N_OK) {
        /* A message operation also reports badge and info: leave none behind. */
        if (info && info->message)
            ipc_transfer_complete(caller, error);
        else
            hal_context_set_result(context, error);
        return;
    }
    if (info->message) {
        /* A receive stopped among failing senders has written nothing: run it again. */
        if (!ipc_port_invoke(caller, target.slot, operation))
            hal_context_restart_call(context);
        preempt_take();
        /* The caller may be blocked now: what is left to reap, the next call reaps. */
        object_reap();
        preempt_take();
        return;
    }
    uint64_t arguments[A9N_MESSAGE_REGISTERS] = {0};
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    for (unsigned i = 0; i < info->argument_count; i++)
        arguments[i] = hal_context_message(context, i);
    error = object_type_invoke(caller, target.slot, operation, arguments, results);
    if (preempt_take()) {
        hal_context_restart_call(context);
        return;
    }
    hal_context_set_result(context, error);
    if (error == A9N_OK) {
        for (unsigned i = 0; i < info->result_count; i++)
            hal_context_set_message(context, i, results[i]);
    }
    if (!object_reap()) {
        preempt_take();
        capability_call_defer(caller, error);
    }
}

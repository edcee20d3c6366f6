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
 *    registers of every thread it involves and may block the caller. Any
 *    other reads its arguments from the message registers, runs, and writes
 *    back its error and results.
 * 4. Destroy whatever objects the operation left without capabilities.
 */
#include <a9n/a9n.h>
#include <kernel/capability_call.h>
#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/lookup.h>
#include <kernel/object.h>
#include <kernel/object_types.h>
#include <kernel/operation_table.h>

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

void capability_call(struct thread *caller)
{
    struct hal_context *context = &caller->context;
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
        ipc_port_invoke(caller, target.slot, operation);
        object_reap();
        return;
    }
    uint64_t arguments[A9N_MESSAGE_REGISTERS] = {0};
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    for (unsigned i = 0; i < info->argument_count; i++)
        arguments[i] = hal_context_message(context, i);
    error = object_type_invoke(caller, target.slot, operation, arguments, results);
    object_reap();
    hal_context_set_result(context, error);
    if (error == A9N_OK) {
        for (unsigned i = 0; i < info->result_count; i++)
            hal_context_set_message(context, i, results[i]);
    }
}

/*
 * The capability kernel call (portable core): invoke an operation on the
 * object a capability names.
 *
 * 1. Look up the target descriptor from the caller's root node.
 * 2. Find the operation in the table generated from the API definition
 *    (kernel/generated/operation_table.c); its value names the type it is
 *    meant for (bits 15..8), which must be the target's. Check the rights
 *    the operation requires.
 * 3. Read its arguments from the message registers, run it, write back its
 *    results, and destroy whatever objects it left without capabilities.
 */
#include <a9n/a9n.h>
#include <kernel/capability_call.h>
#include <kernel/generic.h>
#include <kernel/lookup.h>
#include <kernel/node.h>
#include <kernel/object.h>
#include <kernel/operation_table.h>

static enum a9n_error capability_invoke(struct thread *caller, struct hal_context *context,
                                        uint64_t *results, const struct operation_info **info)
{
    struct lookup_result target;
    enum a9n_error error =
        lookup_slot(&caller->cspace_root, hal_context_argument(context, 0), true, &target);
    if (error != A9N_OK)
        return error;
    const struct capability *capability = &target.slot->capability;
    if (slot_is_empty(target.slot))
        return A9N_ERROR_EMPTY_SLOT;
    uint64_t operation = hal_context_argument(context, 1);
    uint8_t operation_type = (uint8_t)(operation >> 8);
    *info = operation >> 16 ? 0 : operation_table_find(operation_type, operation & 0xff);
    if (!*info)
        return A9N_ERROR_UNKNOWN_CALL;
    if (operation_type != capability->type)
        return A9N_ERROR_WRONG_TYPE;
    if ((capability->rights & (*info)->required_rights) != (*info)->required_rights)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;

    uint64_t arguments[A9N_MESSAGE_REGISTERS] = {0};
    for (unsigned i = 0; i < (*info)->argument_count; i++)
        arguments[i] = hal_context_message(context, i);
    switch (capability->type) {
    case A9N_OBJECT_NODE:
        return node_invoke(target.slot, operation, arguments, results);
    case A9N_OBJECT_GENERIC:
        return generic_invoke(target.slot, &caller->cspace_root, operation, arguments, results);
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

enum a9n_error capability_call(struct thread *caller)
{
    struct hal_context *context = &caller->context;
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    const struct operation_info *info = 0;
    enum a9n_error error = capability_invoke(caller, context, results, &info);
    object_reap();
    if (error == A9N_OK) {
        for (unsigned i = 0; i < info->result_count; i++)
            hal_context_set_message(context, i, results[i]);
    }
    return error;
}

/*
 * Message and capability transfer between threads (portable core); see
 * include/kernel/ipc_port.h.
 *
 * Words 0..7 of a message travel in the message registers, words 8..
 * between the two threads' IPC buffers at the same word index; both buffers
 * are reached only through the HAL's copy-in and copy-out. Checking a
 * message reads its buffer words into a static bounce buffer, which the
 * delivery that must follow at once (nothing runs in between: the kernel
 * has interrupts off) writes out to the receiver. A sender that blocks is
 * checked again when its message is taken, since its buffer and capability
 * space may have changed meanwhile.
 */
#include <hal/context.h>
#include <hal/vspace.h>
#include <kernel/derivation.h>
#include <kernel/ipc_transfer.h>
#include <kernel/lookup.h>
#include <kernel/object_types.h>

#define IPC_WORD_BYTES 8u

/* Words A9N_MESSAGE_REGISTERS.. of the message last checked. */
static uint64_t ipc_transfer_words[A9N_IPC_MAX_LENGTH - A9N_MESSAGE_REGISTERS];

/* The user address of word `index` of the thread's IPC buffer, or 0 if it has none. */
static uint64_t ipc_transfer_buffer_address(const struct thread *thread, unsigned index)
{
    uint64_t address;
    if (!thread->ipc_buffer ||
        __builtin_add_overflow(thread->ipc_buffer, (uint64_t)index * IPC_WORD_BYTES, &address))
        return 0;
    return address;
}

/* Copy `count` words from index `first` of the thread's IPC buffer. */
static enum a9n_error ipc_transfer_read_buffer(const struct thread *thread, unsigned first,
                                               uint64_t *words, unsigned count)
{
    uint64_t address = ipc_transfer_buffer_address(thread, first);
    uint64_t root = thread_vspace_root(thread);
    if (!address || !root ||
        hal_copy_from_user(root, words, address, (size_t)count * IPC_WORD_BYTES) != A9N_OK)
        return A9N_ERROR_MESSAGE_TOO_LONG;
    return A9N_OK;
}

/* Copy `count` words to index `first` of the thread's IPC buffer. */
static enum a9n_error ipc_transfer_write_buffer(const struct thread *thread, unsigned first,
                                                const uint64_t *words, unsigned count)
{
    uint64_t address = ipc_transfer_buffer_address(thread, first);
    uint64_t root = thread_vspace_root(thread);
    if (!address || !root ||
        hal_copy_to_user(root, address, words, (size_t)count * IPC_WORD_BYTES) != A9N_OK)
        return A9N_ERROR_MESSAGE_TOO_LONG;
    return A9N_OK;
}

uint64_t ipc_transfer_info(uint64_t operation)
{
    return A9N_MESSAGE_INFO(A9N_MESSAGE_LENGTH(operation), operation & A9N_MESSAGE_CAPABILITY);
}

/* Find the capability the sender's IPC buffer names for transfer. */
static enum a9n_error ipc_transfer_check_capability(struct thread *sender, struct slot **grant)
{
    uint64_t descriptor;
    enum a9n_error error =
        ipc_transfer_read_buffer(sender, A9N_IPC_BUFFER_TRANSFER, &descriptor, 1);
    if (error != A9N_OK)
        return error;
    struct lookup_result found;
    error = lookup_slot(&sender->cspace_root, descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    if (!(found.node_rights & A9N_RIGHT_READ))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (!object_type_derivable(found.slot->capability.type))
        return A9N_ERROR_NOT_DERIVABLE;
    *grant = found.slot;
    return A9N_OK;
}

enum a9n_error ipc_transfer_check(struct thread *sender, uint64_t info, bool can_grant,
                                  struct slot **grant)
{
    uint64_t length = A9N_MESSAGE_LENGTH(info);
    *grant = 0;
    if (length > A9N_IPC_MAX_LENGTH)
        return A9N_ERROR_MESSAGE_TOO_LONG;
    if ((info & A9N_MESSAGE_CAPABILITY) && !can_grant)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (length > A9N_MESSAGE_REGISTERS) {
        enum a9n_error error =
            ipc_transfer_read_buffer(sender, A9N_MESSAGE_REGISTERS, ipc_transfer_words,
                                     (unsigned)length - A9N_MESSAGE_REGISTERS);
        if (error != A9N_OK)
            return error;
    }
    if (info & A9N_MESSAGE_CAPABILITY)
        return ipc_transfer_check_capability(sender, grant);
    return A9N_OK;
}

/* Copy `grant` into the empty slot the receiver's IPC buffer names, if it
 * names one in a node reached with WRITE; false (nothing copied) if not. */
static bool ipc_transfer_receive_capability(struct thread *receiver, struct slot *grant)
{
    uint64_t descriptor;
    struct lookup_result found;
    if (ipc_transfer_read_buffer(receiver, A9N_IPC_BUFFER_RECEIVE, &descriptor, 1) != A9N_OK ||
        lookup_slot(&receiver->cspace_root, descriptor, false, &found) != A9N_OK)
        return false;
    if (!(found.node_rights & A9N_RIGHT_WRITE) || !slot_is_empty(found.slot))
        return false;
    derivation_copy(found.slot, grant, (uint8_t)A9N_RIGHTS_ALL);
    object_type_derived(&found.slot->capability);
    return true;
}

void ipc_transfer_deliver(struct thread *sender, struct thread *receiver, uint64_t info,
                          uint64_t badge, struct slot *grant)
{
    unsigned length = (unsigned)A9N_MESSAGE_LENGTH(info);
    struct hal_context *to = &receiver->context;
    bool fault = info & A9N_MESSAGE_FAULT;
    for (unsigned i = 0; i < length && i < A9N_MESSAGE_REGISTERS; i++) {
        uint64_t word = fault ? sender->fault_message[i] : hal_context_message(&sender->context, i);
        hal_context_set_message(to, i, word);
    }
    enum a9n_error result = A9N_OK;
    if (length > A9N_MESSAGE_REGISTERS)
        result = ipc_transfer_write_buffer(receiver, A9N_MESSAGE_REGISTERS, ipc_transfer_words,
                                           length - A9N_MESSAGE_REGISTERS);
    uint64_t flags = info & A9N_MESSAGE_FAULT;
    if (grant && ipc_transfer_receive_capability(receiver, grant))
        flags |= A9N_MESSAGE_CAPABILITY;
    hal_context_set_result(to, result);
    hal_context_set_argument(to, 0, badge);
    hal_context_set_argument(to, 1, A9N_MESSAGE_INFO(length, flags));
}

void ipc_transfer_complete(struct thread *thread, enum a9n_error error)
{
    hal_context_set_result(&thread->context, error);
    hal_context_set_argument(&thread->context, 0, 0);
    hal_context_set_argument(&thread->context, 1, 0);
}

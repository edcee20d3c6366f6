/*
 * Threads (portable core): initial state, configuration, priorities,
 * registers, resume and suspend, the TLS base, notification binding, and
 * destruction. See the thread operations in a9n/api/a9n_api.json and the
 * structure in include/kernel/thread.h.
 *
 * Configure keeps what it is given as capabilities in the thread's own slots
 * (cspace_root, vspace_root, resolver), derived from the caller's: so a
 * revoke of the caller's capability reaches the thread too, and the objects
 * live as long as the thread refers to them.
 */
#include <hal/context.h>
#include <hal/vspace.h>
#include <kernel/address_space.h>
#include <kernel/cpu_time.h>
#include <kernel/derivation.h>
#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/lookup.h>
#include <kernel/notification.h>
#include <kernel/object_types.h>
#include <kernel/sched.h>
#include <kernel/thread.h>
#include <kernel/vspace.h>

void thread_init(struct thread *thread, const char *name)
{
    thread->header.type = A9N_OBJECT_THREAD;
    thread->state = THREAD_INACTIVE;
    thread->name = name;
    hal_context_init(&thread->context, 0, 0, 0, 0, 0);
}

void thread_set_entry(struct thread *thread, uint64_t entry, uint64_t stack, uint64_t argument0,
                      uint64_t argument1, uint64_t argument2)
{
    hal_context_init(&thread->context, entry, stack, argument0, argument1, argument2);
}

uint64_t thread_vspace_root(const struct thread *thread)
{
    if (thread->vspace_root.capability.type != A9N_OBJECT_ADDRESS_SPACE)
        return 0;
    return address_space_root(&thread->vspace_root.capability);
}

void thread_stop(struct thread *thread)
{
    ipc_cancel(thread);
    sched_block(thread, THREAD_STOPPED);
}

#define THREAD_READ_MAX  8u
#define THREAD_WRITE_MAX 6u

struct capability thread_create(void *memory)
{
    struct thread *thread = memory;
    thread_init(thread, "thread");
    return (struct capability){
        .type = A9N_OBJECT_THREAD,
        .rights = A9N_RIGHTS_ALL,
        .object = (uint64_t)(uintptr_t)thread,
    };
}

static struct thread *thread_of_header(struct object_header *header)
{
    return (struct thread *)((char *)header - __builtin_offsetof(struct thread, header));
}

static void clear_slot(struct slot *slot)
{
    if (!slot_is_empty(slot))
        derivation_delete(slot);
}

void thread_destroy(struct object_header *header)
{
    struct thread *thread = thread_of_header(header);
    ipc_cancel(thread);
    notification_unbind(thread);
    sched_block(thread, THREAD_INACTIVE);
    sched_forget(thread);
    hal_context_release(&thread->context);
    clear_slot(&thread->cspace_root);
    clear_slot(&thread->vspace_root);
    clear_slot(&thread->resolver);
}

/* Find a capability of `type` (relative to the caller's root) that has `rights`. */
static enum a9n_error find_capability(struct thread *caller, a9n_descriptor_t descriptor,
                                      uint8_t type, uint8_t rights, struct slot **slot)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(&caller->cspace_root, descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (found.slot->capability.type != type)
        return type == A9N_OBJECT_NODE ? A9N_ERROR_NOT_A_NODE : A9N_ERROR_WRONG_TYPE;
    if ((found.slot->capability.rights & rights) != rights)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    *slot = found.slot;
    return A9N_OK;
}

/* Replace the capability in the thread's own `slot` by a copy of `source` (or nothing). */
static void replace_slot(struct slot *slot, struct slot *source)
{
    if (source == slot)
        return;
    clear_slot(slot);
    if (source) {
        derivation_copy(slot, source, A9N_RIGHTS_ALL);
        object_type_derived(&slot->capability);
    }
}

static enum a9n_error configure(struct thread *caller, struct thread *thread,
                                const uint64_t *arguments)
{
    struct slot *node, *address_space, *resolver = 0;
    enum a9n_error error = find_capability(caller, arguments[0], A9N_OBJECT_NODE, 0, &node);
    if (error == A9N_OK)
        error = find_capability(caller, arguments[1], A9N_OBJECT_ADDRESS_SPACE, 0, &address_space);
    if (error == A9N_OK && arguments[3] != A9N_THREAD_NO_RESOLVER)
        error =
            find_capability(caller, arguments[3], A9N_OBJECT_IPC_PORT, A9N_RIGHT_WRITE, &resolver);
    if (error != A9N_OK)
        return error;
    uint64_t ipc_buffer = arguments[2];
    if (ipc_buffer & (A9N_IPC_BUFFER_SIZE - 1))
        return A9N_ERROR_MISALIGNED;
    if (ipc_buffer >= hal_user_space_end())
        return A9N_ERROR_INVALID_ADDRESS;
    replace_slot(&thread->cspace_root, node);
    replace_slot(&thread->vspace_root, address_space);
    replace_slot(&thread->resolver, resolver);
    thread->ipc_buffer = ipc_buffer;
    return A9N_OK;
}

static enum a9n_error set_priority(struct thread *caller, struct thread *thread,
                                   const uint64_t *arguments)
{
    struct slot *authority_slot;
    enum a9n_error error =
        find_capability(caller, arguments[0], A9N_OBJECT_THREAD, 0, &authority_slot);
    if (error != A9N_OK)
        return error;
    struct thread *authority = thread_of(&authority_slot->capability);
    uint64_t priority = arguments[1];
    uint64_t max_controlled = arguments[2];
    if (priority > A9N_THREAD_MAX_PRIORITY || max_controlled > A9N_THREAD_MAX_PRIORITY)
        return A9N_ERROR_INVALID_ARGUMENT;
    if (priority > authority->max_controlled_priority ||
        max_controlled > authority->max_controlled_priority)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    thread->max_controlled_priority = (uint8_t)max_controlled;
    sched_set_priority(thread, (uint8_t)priority);
    return A9N_OK;
}

static enum a9n_error read_registers(struct thread *thread, const uint64_t *arguments,
                                     uint64_t *results)
{
    uint64_t first = arguments[0];
    uint64_t count = arguments[1];
    if (count == 0 || count > THREAD_READ_MAX || first >= hal_context_register_count() ||
        count > hal_context_register_count() - first)
        return A9N_ERROR_INVALID_ARGUMENT;
    for (uint64_t i = 0; i < count; i++)
        hal_context_read_register(&thread->context, (unsigned)(first + i), &results[i]);
    return A9N_OK;
}

static enum a9n_error write_registers(struct thread *thread, const uint64_t *arguments)
{
    uint64_t first = arguments[0];
    uint64_t count = arguments[1];
    if (count == 0 || count > THREAD_WRITE_MAX || first >= hal_context_register_count() ||
        count > hal_context_register_count() - first)
        return A9N_ERROR_INVALID_ARGUMENT;
    /* Check every value before writing any, so a refused write changes nothing. */
    struct hal_context trial = thread->context;
    for (uint64_t i = 0; i < count; i++) {
        enum a9n_error error =
            hal_context_write_register(&trial, (unsigned)(first + i), arguments[2 + i]);
        if (error != A9N_OK)
            return error;
    }
    for (uint64_t i = 0; i < count; i++)
        hal_context_write_register(&thread->context, (unsigned)(first + i), arguments[2 + i]);
    return A9N_OK;
}

static enum a9n_error resume(struct thread *thread)
{
    if (thread->state != THREAD_INACTIVE && thread->state != THREAD_STOPPED)
        return A9N_OK;
    if (!thread_vspace_root(thread))
        return A9N_ERROR_INVALID_ARGUMENT;
    sched_make_runnable(thread);
    return A9N_OK;
}

/* Stop the thread until resumed. An IPC operation it waits in is cut off and
 * returns A9N_ERROR_CANCELLED when it runs again; a fault it waits in is
 * simply taken again then. */
static void suspend(struct thread *thread)
{
    if (thread->state == THREAD_INACTIVE || thread->state == THREAD_STOPPED)
        return;
    bool waiting = thread->state >= THREAD_BLOCKED_SEND &&
                   thread->state <= THREAD_BLOCKED_NOTIFICATION && !thread->ipc_is_fault;
    ipc_cancel(thread);
    if (waiting)
        ipc_transfer_complete(thread, A9N_ERROR_CANCELLED);
    sched_block(thread, THREAD_INACTIVE);
}

static enum a9n_error bind_notification(struct thread *caller, struct thread *thread,
                                        const uint64_t *arguments)
{
    struct slot *slot;
    enum a9n_error error =
        find_capability(caller, arguments[0], A9N_OBJECT_NOTIFICATION_PORT, A9N_RIGHT_READ, &slot);
    if (error != A9N_OK)
        return error;
    return notification_bind(notification_of(&slot->capability), thread);
}

enum a9n_error thread_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                             const uint64_t *arguments, uint64_t *results)
{
    struct thread *thread = thread_of(&target->capability);
    switch (operation) {
    case A9N_THREAD_CONFIGURE:
        return configure(caller, thread, arguments);
    case A9N_THREAD_SET_PRIORITY:
        return set_priority(caller, thread, arguments);
    case A9N_THREAD_READ_REGISTERS:
        return read_registers(thread, arguments, results);
    case A9N_THREAD_WRITE_REGISTERS:
        return write_registers(thread, arguments);
    case A9N_THREAD_RESUME:
        return resume(thread);
    case A9N_THREAD_SUSPEND:
        suspend(thread);
        return A9N_OK;
    case A9N_THREAD_SET_TLS_BASE:
        return hal_context_set_tls_base(&thread->context, arguments[0]);
    case A9N_THREAD_BIND_NOTIFICATION:
        return bind_notification(caller, thread, arguments);
    case A9N_THREAD_GET_CPU_TIME:
        results[0] = cpu_time_of_thread(thread);
        return A9N_OK;
    case A9N_THREAD_UNBIND_NOTIFICATION:
        if (!thread->bound_notification)
            return A9N_ERROR_NOT_MAPPED;
        notification_unbind(thread);
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

/*
 * The one switch over object types (portable core); see
 * include/kernel/object_types.h. Each case hands over to the type's file.
 */
#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/address_space.h>
#include <kernel/debug.h>
#include <kernel/frame.h>
#include <kernel/generic.h>
#include <kernel/identifier_pool.h>
#include <kernel/interrupt.h>
#include <kernel/ipc_port.h>
#include <kernel/node.h>
#include <kernel/notification.h>
#include <kernel/object_types.h>
#include <kernel/page_table.h>
#include <kernel/thread.h>

enum a9n_error object_type_size(uint64_t type, uint64_t size_bits, bool device, uint64_t *size,
                                uint64_t *alignment)
{
    /* Device memory holds only what user space maps, never kernel objects. */
    if (device && type != A9N_OBJECT_GENERIC && type != A9N_OBJECT_FRAME)
        return A9N_ERROR_INVALID_ARGUMENT;
    switch (type) {
    case A9N_OBJECT_NODE:
        if (size_bits < 1 || size_bits > A9N_NODE_MAX_RADIX)
            return A9N_ERROR_INVALID_ARGUMENT;
        *size = node_size((unsigned)size_bits);
        *alignment = sizeof(struct slot);
        return A9N_OK;
    case A9N_OBJECT_GENERIC:
        if (size_bits < A9N_GENERIC_MIN_BITS || size_bits > A9N_GENERIC_MAX_BITS)
            return A9N_ERROR_INVALID_ARGUMENT;
        *size = *alignment = UINT64_C(1) << size_bits;
        return A9N_OK;
    case A9N_OBJECT_ADDRESS_SPACE:
        if (size_bits != 0)
            return A9N_ERROR_INVALID_ARGUMENT;
        *size = *alignment = HAL_PAGE_SIZE;
        return A9N_OK;
    case A9N_OBJECT_PAGE_TABLE:
        if (size_bits < 1 || size_bits > A9N_PAGE_TABLE_MAX_DEPTH)
            return A9N_ERROR_INVALID_ARGUMENT;
        *size = *alignment = HAL_PAGE_SIZE;
        return A9N_OK;
    case A9N_OBJECT_FRAME:
        if (!frame_size_supported(size_bits))
            return A9N_ERROR_INVALID_ARGUMENT;
        *size = *alignment = UINT64_C(1) << size_bits;
        return A9N_OK;
    case A9N_OBJECT_THREAD:
        *size = *alignment = THREAD_OBJECT_SIZE;
        return size_bits == 0 ? A9N_OK : A9N_ERROR_INVALID_ARGUMENT;
    /* The next two branches read alike once the sizes are expanded (both
     * objects take 64 bytes today); they stay apart so each follows its
     * own size. */
    case A9N_OBJECT_IPC_PORT: // NOLINT(bugprone-branch-clone)
        *size = *alignment = IPC_PORT_OBJECT_SIZE;
        return size_bits == 0 ? A9N_OK : A9N_ERROR_INVALID_ARGUMENT;
    case A9N_OBJECT_NOTIFICATION_PORT:
        *size = *alignment = NOTIFICATION_OBJECT_SIZE;
        return size_bits == 0 ? A9N_OK : A9N_ERROR_INVALID_ARGUMENT;
    default:
        /* Interrupt regions and ports and I/O ports are issued, not converted. */
        return A9N_ERROR_INVALID_ARGUMENT;
    }
}

struct capability object_type_create(uint64_t type, uint64_t size_bits, uint64_t physical,
                                     bool device)
{
    void *memory = hal_physical_to_virtual(physical);
    switch (type) {
    case A9N_OBJECT_NODE:
        return node_create(memory, (unsigned)size_bits);
    case A9N_OBJECT_PAGE_TABLE:
        return page_table_create(physical, (unsigned)size_bits);
    case A9N_OBJECT_FRAME:
        return frame_create(physical, (unsigned)size_bits, device);
    case A9N_OBJECT_THREAD:
        return thread_create(memory);
    case A9N_OBJECT_IPC_PORT:
        return ipc_port_create(memory);
    case A9N_OBJECT_NOTIFICATION_PORT:
        return notification_create(memory);
    default:
        return generic_create(physical, (unsigned)size_bits, device);
    }
}

struct object_header *object_type_header(const struct capability *capability)
{
    switch (capability->type) {
    case A9N_OBJECT_NODE:
        return &node_of(capability)->header;
    case A9N_OBJECT_THREAD:
        return &thread_of(capability)->header;
    case A9N_OBJECT_ADDRESS_SPACE:
        return address_space_header(capability);
    case A9N_OBJECT_IPC_PORT:
        return ipc_port_header(capability);
    case A9N_OBJECT_NOTIFICATION_PORT:
        return notification_header(capability);
    case A9N_OBJECT_INTERRUPT_PORT:
        return interrupt_port_header(capability);
    default:
        return 0;
    }
}

bool object_type_destroy(struct object_header *header)
{
    switch (header->type) {
    case A9N_OBJECT_NODE:
        return node_destroy((struct node *)header);
    case A9N_OBJECT_THREAD:
        thread_destroy(header);
        break;
    case A9N_OBJECT_ADDRESS_SPACE:
        address_space_destroy(header);
        break;
    case A9N_OBJECT_IPC_PORT:
        return ipc_port_destroy(header);
    case A9N_OBJECT_NOTIFICATION_PORT:
        return notification_destroy(header);
    case A9N_OBJECT_INTERRUPT_PORT:
        interrupt_port_destroy(header);
        break;
    }
    return true;
}

bool object_type_derivable(uint8_t type)
{
    /* A generic's and a page table's capability record state of their own
     * (the allocation cursor; where the table is linked), so each is unique. */
    return type != A9N_OBJECT_GENERIC && type != A9N_OBJECT_PAGE_TABLE &&
           type != CAPABILITY_TYPE_MOVE_TARGET;
}

bool object_type_has_badge(uint8_t type)
{
    return type == A9N_OBJECT_IPC_PORT || type == A9N_OBJECT_NOTIFICATION_PORT;
}

void object_type_derived(struct capability *copy)
{
    if (copy->type == A9N_OBJECT_FRAME)
        frame_derived(copy);
}

void object_type_demoted(struct capability *capability)
{
    if (capability->type == A9N_OBJECT_FRAME)
        frame_demoted(capability);
}

void object_type_finalize(const struct capability *capability)
{
    if (capability->type == A9N_OBJECT_FRAME)
        frame_finalize(capability);
    else if (capability->type == A9N_OBJECT_PAGE_TABLE)
        page_table_finalize(capability);
}

enum a9n_error object_type_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                                  const uint64_t *arguments, uint64_t *results)
{
    struct slot *root = &caller->cspace_root;
    switch (target->capability.type) {
    case A9N_OBJECT_NODE:
        return node_invoke(target, operation, arguments, results);
    case A9N_OBJECT_GENERIC:
        return generic_invoke(caller, target, operation, arguments, results);
    case A9N_OBJECT_ADDRESS_SPACE:
        return address_space_invoke(target, operation, arguments, results);
    case A9N_OBJECT_PAGE_TABLE:
        return page_table_invoke(root, target, operation, arguments, results);
    case A9N_OBJECT_FRAME:
        return frame_invoke(root, target, operation, arguments, results);
    case A9N_OBJECT_THREAD:
        return thread_invoke(caller, target, operation, arguments, results);
    case A9N_OBJECT_NOTIFICATION_PORT:
        return notification_invoke(caller, target, operation, results);
    case A9N_OBJECT_INTERRUPT_REGION:
        return interrupt_region_invoke(root, target, operation, arguments);
    case A9N_OBJECT_INTERRUPT_PORT:
        return interrupt_port_invoke(root, target, operation, arguments);
    case A9N_OBJECT_IO_PORT:
        return io_port_invoke(root, target, operation, arguments, results);
    case A9N_OBJECT_DEBUG:
        return debug_invoke(caller, operation, arguments);
    case A9N_OBJECT_IDENTIFIER_POOL:
        return identifier_pool_invoke(root, target, operation, arguments, results);
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

/*
 * I/O port capabilities (portable core); see include/kernel/interrupt.h.
 *
 * A capability names the ports object .. object + data - 1. Every access is
 * checked to lie wholly inside that range (a 4-byte access at the last port
 * would touch three ports past it), and issue_range derives capabilities for
 * sub-ranges only, so authority over ports only ever narrows. A write's
 * value must fit its width. Ports the kernel keeps for its own devices
 * (hal_io_port_reserved) are never issued nor accessed, whatever range a
 * capability spans (the root's spans all 65,536): A9N_ERROR_IN_USE.
 */
#include <hal/hal.h>
#include <kernel/derivation.h>
#include <kernel/interrupt.h>
#include <kernel/lookup.h>
#include <kernel/node.h>
#include <stdbool.h>

#define IO_PORT_COUNT 65536u

struct capability io_port_create_all(void)
{
    return (struct capability){
        .type = A9N_OBJECT_IO_PORT,
        .rights = A9N_RIGHTS_ALL,
        .object = 0,
        .data = IO_PORT_COUNT,
    };
}

/* Do `count` ports from `first` lie inside the capability's range? */
static bool io_port_inside(const struct capability *capability, uint64_t first, uint64_t count)
{
    uint64_t end;
    return first >= capability->object && !__builtin_add_overflow(first, count, &end) &&
           end <= capability->object + capability->data;
}

/* Is `port` and `width` (bytes) an access inside the capability's range? */
static bool io_port_access_valid(const struct capability *capability, uint64_t port, uint64_t width)
{
    return (width == 1 || width == 2 || width == 4) && io_port_inside(capability, port, width);
}

static enum a9n_error io_port_issue_range(struct slot *caller_root, struct slot *source,
                                          const uint64_t *arguments)
{
    uint64_t first = arguments[0];
    uint64_t count = arguments[1];
    if (count == 0 || !io_port_inside(&source->capability, first, count))
        return A9N_ERROR_INVALID_ARGUMENT;
    if (hal_io_port_reserved(first, count))
        return A9N_ERROR_IN_USE;
    struct node *node;
    enum a9n_error error = lookup_destination(caller_root, arguments[2], arguments[3], 1, &node);
    if (error != A9N_OK)
        return error;
    struct slot *destination = &node->slots[arguments[3]];

    struct capability capability = source->capability;
    capability.object = first;
    capability.data = count;
    derivation_insert(destination, &capability, source);
    return A9N_OK;
}

enum a9n_error io_port_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                              const uint64_t *arguments, uint64_t *results)
{
    const struct capability *capability = &target->capability;
    switch (operation) {
    case A9N_IO_PORT_READ:
        if (!io_port_access_valid(capability, arguments[0], arguments[1]))
            return A9N_ERROR_INVALID_ARGUMENT;
        if (hal_io_port_reserved(arguments[0], arguments[1]))
            return A9N_ERROR_IN_USE;
        results[0] = hal_io_read((uint16_t)arguments[0], (unsigned)arguments[1]);
        return A9N_OK;
    case A9N_IO_PORT_WRITE:
        /* A value wider than the access would be cut silently: refuse it. */
        if (!io_port_access_valid(capability, arguments[0], arguments[1]) ||
            arguments[2] >> (8 * arguments[1]) != 0)
            return A9N_ERROR_INVALID_ARGUMENT;
        if (hal_io_port_reserved(arguments[0], arguments[1]))
            return A9N_ERROR_IN_USE;
        hal_io_write((uint16_t)arguments[0], (unsigned)arguments[1], (uint32_t)arguments[2]);
        return A9N_OK;
    case A9N_IO_PORT_ISSUE_RANGE:
        return io_port_issue_range(caller_root, target, arguments);
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

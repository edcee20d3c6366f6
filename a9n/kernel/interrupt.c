/*
 * Interrupt regions and interrupt ports (portable core); see
 * include/kernel/interrupt.h.
 *
 * Each line has one static port object; its capabilities are issued from the
 * region, one line at a time, and may be copied. A line's vector is fixed by
 * the HAL (the user names lines, never vectors), so no capability aims an
 * interrupt at a vector the kernel uses, and lines wired to the kernel's own
 * devices are never issued. The port's state:
 *   issued        a capability to it exists (or is being destroyed)
 *   notification  the bound notification and the badge to signal it with
 * and the line's mask, which follows a protocol:
 *   1. bind unmasks the line;
 *   2. when it fires the HAL masks it, and interrupt_line_fired signals;
 *   3. acknowledge unmasks it, so the next interrupt can come (back to 2);
 *   unbind, the notification's destruction and the port's masks it again.
 * So a line is unmasked only while bound and not yet signalled.
 *
 * Who may touch: the kernel, with interrupts off.
 */
#include <hal/hal.h>
#include <kernel/derivation.h>
#include <kernel/interrupt.h>
#include <kernel/lookup.h>
#include <kernel/node.h>
#include <kernel/notification.h>
#include <stdbool.h>

struct interrupt_port {
    struct object_header header; /* counts the capabilities naming this line */
    bool issued;
    struct notification *notification; /* NULL: unbound */
    uint64_t badge;
};

static struct interrupt_port interrupt_ports[A9N_INTERRUPT_REGION_LINES];
/* Lines the controller serves, at most A9N_INTERRUPT_REGION_LINES. */
static unsigned interrupt_lines;

struct capability interrupt_region_create(void)
{
    unsigned lines = hal_interrupt_init();
    interrupt_lines = lines < A9N_INTERRUPT_REGION_LINES ? lines : A9N_INTERRUPT_REGION_LINES;
    return (struct capability){.type = A9N_OBJECT_INTERRUPT_REGION, .rights = A9N_RIGHTS_ALL};
}

static enum a9n_error interrupt_region_issue_port(struct slot *caller_root, struct slot *region,
                                                  const uint64_t *arguments)
{
    uint64_t line = arguments[0];
    if (line >= interrupt_lines)
        return A9N_ERROR_INVALID_ARGUMENT;
    struct interrupt_port *port = &interrupt_ports[line];
    /* A line of the kernel's own devices is the kernel's, as if issued. */
    if (port->issued || hal_interrupt_line_reserved((unsigned)line))
        return A9N_ERROR_IN_USE;
    struct node *node;
    enum a9n_error error = lookup_destination(caller_root, arguments[1], arguments[2], 1, &node);
    if (error != A9N_OK)
        return error;
    struct slot *destination = &node->slots[arguments[2]];

    *port = (struct interrupt_port){
        .header = {.type = A9N_OBJECT_INTERRUPT_PORT},
        .issued = true,
    };
    struct capability capability = {
        .type = A9N_OBJECT_INTERRUPT_PORT,
        .rights = A9N_RIGHTS_ALL,
        .object = line,
    };
    derivation_insert(destination, &capability, region);
    return A9N_OK;
}

enum a9n_error interrupt_region_invoke(struct slot *caller_root, struct slot *target,
                                       uint64_t operation, const uint64_t *arguments)
{
    if (operation == A9N_INTERRUPT_REGION_ISSUE_PORT)
        return interrupt_region_issue_port(caller_root, target, arguments);
    return A9N_ERROR_UNKNOWN_CALL;
}

static struct interrupt_port *interrupt_port_of(const struct capability *capability)
{
    return &interrupt_ports[capability->object];
}

static unsigned interrupt_port_line(const struct interrupt_port *port)
{
    return (unsigned)(port - interrupt_ports);
}

struct object_header *interrupt_port_header(const struct capability *capability)
{
    return &interrupt_port_of(capability)->header;
}

static void interrupt_port_unbind(struct interrupt_port *port)
{
    hal_interrupt_mask(interrupt_port_line(port));
    port->notification = 0;
    port->badge = 0;
}

void interrupt_port_destroy(struct object_header *header)
{
    struct interrupt_port *port = (struct interrupt_port *)header;
    interrupt_port_unbind(port);
    port->issued = false;
}

static enum a9n_error interrupt_port_bind(struct slot *caller_root, struct interrupt_port *port,
                                          uint64_t notification_descriptor)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(caller_root, notification_descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    const struct capability *notification = &found.slot->capability;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (notification->type != A9N_OBJECT_NOTIFICATION_PORT)
        return A9N_ERROR_WRONG_TYPE;
    /* The kernel will signal on the caller's behalf: the caller must be allowed to. */
    if (!(notification->rights & A9N_RIGHT_WRITE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (port->notification)
        return A9N_ERROR_IN_USE;

    port->notification = notification_of(notification);
    port->badge = notification->data;
    hal_interrupt_unmask(interrupt_port_line(port));
    return A9N_OK;
}

enum a9n_error interrupt_port_invoke(struct slot *caller_root, struct slot *target,
                                     uint64_t operation, const uint64_t *arguments)
{
    struct interrupt_port *port = interrupt_port_of(&target->capability);
    switch (operation) {
    case A9N_INTERRUPT_PORT_BIND_NOTIFICATION:
        return interrupt_port_bind(caller_root, port, arguments[0]);
    case A9N_INTERRUPT_PORT_UNBIND_NOTIFICATION:
        if (!port->notification)
            return A9N_ERROR_NOT_MAPPED;
        interrupt_port_unbind(port);
        return A9N_OK;
    case A9N_INTERRUPT_PORT_ACKNOWLEDGE:
        if (!port->notification)
            return A9N_ERROR_NOT_MAPPED;
        hal_interrupt_unmask(interrupt_port_line(port));
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

void interrupt_line_fired(unsigned line)
{
    if (line >= interrupt_lines)
        return;
    struct interrupt_port *port = &interrupt_ports[line];
    if (port->notification)
        notification_signal(port->notification, port->badge);
}

void interrupt_forget_notification(const struct notification *notification)
{
    for (unsigned line = 0; line < interrupt_lines; line++) {
        if (interrupt_ports[line].notification == notification)
            interrupt_port_unbind(&interrupt_ports[line]);
    }
}

/*
 * Interrupts and I/O ports (portable core; implemented in interrupt.c and
 * io_port.c over the HAL's interrupt controller and port I/O).
 *
 * The interrupt region issues one interrupt port per line; a port signals a
 * bound notification when its line fires, and the line stays masked from
 * then until the port is acknowledged. I/O port capabilities name a range of
 * ports (object = first port, data = number of ports).
 *
 * The capability's words by type:
 *   INTERRUPT_REGION  nothing (one per machine, held by the root server)
 *   INTERRUPT_PORT    object = line number
 *   IO_PORT           object = first port, data = number of ports
 */
#ifndef A9N_KERNEL_INTERRUPT_H
#define A9N_KERNEL_INTERRUPT_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdint.h>

struct notification;

/* Capabilities the root server starts with (boot only). Making the region
 * brings the interrupt controller into service, every line masked; lines it
 * cannot serve (no usable I/O APIC: none) are refused by issue_port with
 * A9N_ERROR_INVALID_ARGUMENT, like lines past A9N_INTERRUPT_REGION_LINES. */
struct capability interrupt_region_create(void);
struct capability io_port_create_all(void);

enum a9n_error interrupt_region_invoke(struct slot *caller_root, struct slot *target,
                                       uint64_t operation, const uint64_t *arguments);
struct object_header *interrupt_port_header(const struct capability *capability);
void interrupt_port_destroy(struct object_header *header);
enum a9n_error interrupt_port_invoke(struct slot *caller_root, struct slot *target,
                                     uint64_t operation, const uint64_t *arguments);

enum a9n_error io_port_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                              const uint64_t *arguments, uint64_t *results);

/* Line `line` fired and the HAL masked it (kernel_handle_interrupt calls
 * this): signal the bound notification with its badge. An unbound line just
 * stays masked. */
void interrupt_line_fired(unsigned line);

/* `notification` is being destroyed: every port bound to it is unbound and
 * its line masked (notification_destroy calls this). */
void interrupt_forget_notification(const struct notification *notification);

#endif

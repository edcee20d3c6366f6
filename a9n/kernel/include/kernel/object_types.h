/*
 * What the capability core needs to know of each object type (portable
 * core): sizes for conversion, how to make and destroy objects, where their
 * header is, what happens when a capability is derived or deleted, and which
 * module runs their operations. object_types.c is the one switch over types;
 * each type's own file (node.c, generic.c, thread.c,
 * address_space.c, page_table.c, frame.c, ipc_port.c, notification.c,
 * interrupt.c, io_port.c) does the work.
 */
#ifndef A9N_KERNEL_OBJECT_TYPES_H
#define A9N_KERNEL_OBJECT_TYPES_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

/* Size and alignment in bytes of an object of `type` made with `size_bits`;
 * A9N_ERROR_INVALID_ARGUMENT if the type cannot be converted from a generic
 * (device memory: only generics and frames) or size_bits is out of range. */
enum a9n_error object_type_size(uint64_t type, uint64_t size_bits, bool device, uint64_t *size,
                                uint64_t *alignment);

/* Make an object in memory just taken from a generic (zeroed unless device
 * memory) and return its first capability, with every right. Address spaces
 * are made by generic.c itself, since they also take an identifier from the
 * caller's identifier pool (address_space_create). */
struct capability object_type_create(uint64_t type, uint64_t size_bits, uint64_t physical,
                                     bool device);

/* The header counting the capabilities of the object, or NULL if the type keeps none. */
struct object_header *object_type_header(const struct capability *capability);

/* Destroy the object whose header's count dropped to zero; false if it
 * stopped at a preemption point first (a node, or a port with queued
 * threads: node_destroy, ipc_port_destroy, notification_destroy), in
 * which case calling it again goes on. */
bool object_type_destroy(struct object_header *header);

/* May capabilities of this type be copied and minted? */
bool object_type_derivable(uint8_t type);

/* Does this type carry a badge (set by mint)? */
bool object_type_has_badge(uint8_t type);

/* Adjust a freshly derived copy (e.g. a frame copy maps nothing yet). */
void object_type_derived(struct capability *copy);

/* The capability's rights were just narrowed: make what it did match them
 * (a frame's mapping loses what the capability lost). */
void object_type_demoted(struct capability *capability);

/* Undo what this one capability did (unmap its frame, unlink its table) before it goes. */
void object_type_finalize(const struct capability *capability);

/* Run a non-message operation of `operation`'s type on `target`. */
enum a9n_error object_type_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                                  const uint64_t *arguments, uint64_t *results);

#endif

/*
 * Address-space objects (portable core; address_space.c): a root table,
 * an identifier and the records that name mappings in it (see vspace.h).
 */
#ifndef A9N_KERNEL_ADDRESS_SPACE_H
#define A9N_KERNEL_ADDRESS_SPACE_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

uint64_t address_space_free_identifiers(void);
struct capability address_space_create(uint64_t physical);
uint64_t address_space_root(const struct capability *capability);
struct object_header *address_space_header(const struct capability *capability);
void address_space_destroy(struct object_header *header);

/* The record of a mapping at `address` (page-aligned user address) in the
 * address space `capability` names. */
uint64_t address_space_record(const struct capability *capability, uint64_t address);

/* The root of the address space a record names, or 0 if it is gone. */
uint64_t address_space_record_root(uint64_t record);

/* The address a record names. */
uint64_t address_space_record_address(uint64_t record);

/* Find the address-space capability `descriptor` names from `caller_root`
 * for changing its mappings (it needs WRITE) and return its root. */
enum a9n_error address_space_find(struct slot *caller_root, uint64_t descriptor,
                                  const struct capability **address_space, uint64_t *root);
enum a9n_error address_space_invoke(struct slot *target, uint64_t operation,
                                    const uint64_t *arguments, uint64_t *results);

#endif

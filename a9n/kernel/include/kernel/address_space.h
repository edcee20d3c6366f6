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

/* Identifiers there are (1 .. this). */
uint64_t address_space_identifier_count(void);

/* Identifiers of [first, first + count) free now, counted up to `enough`
 * (the scan stops there: a conversion needs only to know there are enough). */
uint64_t address_space_free_in(uint64_t first, uint64_t count, uint64_t enough);

/* Make an address space with root table `physical` and the first free
 * identifier in [*cursor, end); *cursor moves past it. One must be free. */
struct capability address_space_create(uint64_t physical, uint64_t *cursor, uint64_t end);
uint64_t address_space_root(const struct capability *capability);
/* Add `cycles` of processor time to the address space `capability` names, or
 * read its total (cpu_time.c keeps the books). */
void address_space_charge(const struct capability *capability, uint64_t cycles);
uint64_t address_space_cpu_cycles(const struct capability *capability);
struct object_header *address_space_header(const struct capability *capability);
void address_space_destroy(struct object_header *header);

/* Make `holder` (a page-table or frame capability) record a mapping at
 * `address` (page-aligned user address) in the address space `address_space`
 * names; the record takes the capability's data and reserved words. */
void address_space_record_set(struct capability *holder, const struct capability *address_space,
                              uint64_t address);

/* Make `holder` record nothing (data 0: never mapped). */
void address_space_record_clear(struct capability *holder);

/* The root of the address space `holder`'s record names, or 0 if it is gone. */
uint64_t address_space_record_root(const struct capability *holder);

/* The address `holder`'s record names. */
uint64_t address_space_record_address(const struct capability *holder);

/* Find the address-space capability `descriptor` names from `caller_root`
 * for changing its mappings (it needs WRITE) and return its root. */
enum a9n_error address_space_find(struct slot *caller_root, uint64_t descriptor,
                                  const struct capability **address_space, uint64_t *root);
enum a9n_error address_space_invoke(struct slot *target, uint64_t operation,
                                    const uint64_t *arguments, uint64_t *results);

#endif

/*
 * <koito/objects.h>: kernel objects for the program, made from its own memory (libkoito, installed
 * with the SDK). Until ULMM exists, the supervisor (KOITO init) is the program's memory manager:
 * KOITO_SUPERVISOR_ALLOCATE of <koito/process.h>.
 */
#ifndef KOITO_OBJECTS_H
#define KOITO_OBJECTS_H

#include <a9n/a9n.h>
#include <stdint.h>

/*
 * Make `count` objects of `type` and `size_bits` into free slots of the program's node; the first
 * slot's index goes to *first. Errors: A9N_ERROR_NOT_ENOUGH_MEMORY when the program's memory is
 * spent, A9N_ERROR_INDEX_OUT_OF_RANGE when its node is full, A9N_ERROR_INVALID_ARGUMENT for a type
 * a program may not have (generic memory, address spaces), A9N_ERROR_UNKNOWN_CALL outside a
 * process started by KOITO init.
 */
enum a9n_error koito_object_allocate(enum a9n_object_type type, unsigned size_bits, unsigned count,
                                     uint64_t *first);

/*
 * Map fresh zeroed memory at [address, address + size) (page multiples) with `rights`, making the
 * frames and any page tables it needs.
 */
enum a9n_error koito_memory_map(uint64_t address, uint64_t size, a9n_rights_t rights);

#endif

/*
 * Identifier pools (portable core; identifier_pool.c): ranges of
 * address-space identifiers, handed out by capability so that converting
 * address spaces uses up only the identifiers its caller was given.
 *
 * Capability word (no kernel object: the capability is the range):
 *   IDENTIFIER_POOL  object = first identifier, data = number of identifiers
 */
#ifndef A9N_KERNEL_IDENTIFIER_POOL_H
#define A9N_KERNEL_IDENTIFIER_POOL_H

#include <a9n/a9n.h>
#include <kernel/capability.h>

/* The pool of every identifier, the root server's. */
struct capability identifier_pool_create_all(void);

/* Find the pool `descriptor` names from `caller_root` for taking identifiers
 * (it needs WRITE), and give its range. */
enum a9n_error identifier_pool_find(struct slot *caller_root, uint64_t descriptor, uint64_t *first,
                                    uint64_t *count);

enum a9n_error identifier_pool_invoke(struct slot *caller_root, struct slot *target,
                                      uint64_t operation, const uint64_t *arguments,
                                      uint64_t *results);

#endif

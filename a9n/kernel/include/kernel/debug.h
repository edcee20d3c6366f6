/*
 * The debug object (portable core): console output and event counters for
 * developers, behind a capability. Built from debug.c when the kernel is
 * configured with KOITO_DEBUG_CALL, from debug_absent.c otherwise, where no
 * debug capability is ever made; see the debug type in a9n/api/a9n_api.json.
 */
#ifndef A9N_KERNEL_DEBUG_H
#define A9N_KERNEL_DEBUG_H

#include <a9n/error.h>
#include <kernel/capability.h>
#include <kernel/thread.h>
#include <stdbool.h>

/* The root server's debug capability: true and `capability` filled in a
 * kernel built with the debug call, false in any other. */
bool debug_capability_create(struct capability *capability);

enum a9n_error debug_invoke(struct thread *caller, uint64_t operation, const uint64_t *arguments);

#endif

/*
 * Process-control (thread) objects' operations and life cycle (portable
 * core); the thread structure is in thread.h.
 */
#ifndef A9N_KERNEL_PROCESS_CONTROL_H
#define A9N_KERNEL_PROCESS_CONTROL_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/thread.h>

/* Make a thread in zeroed memory; returns its full-rights capability. */
struct capability process_control_create(void *memory);

/* Destroy a thread whose last capability went away. */
void process_control_destroy(struct object_header *header);

enum a9n_error process_control_invoke(struct thread *caller, struct slot *target,
                                      uint64_t operation, const uint64_t *arguments,
                                      uint64_t *results);

#endif

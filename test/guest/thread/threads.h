/*
 * Helpers of the thread suite: making threads in the root server's own
 * address space and capability space, from the test's generic.
 */
#ifndef KOITO_GUEST_THREADS_H
#define KOITO_GUEST_THREADS_H

#include <a9n/a9n.h>
#include <stdint.h>

#define THREAD_STACK_SIZE 8192u

/* Convert a thread into scratch slot `n`, configure it like the root server
 * (same root node and address space, no resolver), point it at `entry`
 * with a stack of its own (`stack_index` picks one of a few static stacks)
 * and `argument` in its first argument register, at `priority`. It is not
 * resumed. */
a9n_descriptor_t thread_make(unsigned n, unsigned stack_index, void (*entry)(uint64_t),
                             uint64_t argument, unsigned priority);

/* Spin for about `iterations` loop turns without entering the kernel. */
void thread_spin(uint64_t iterations);

#endif

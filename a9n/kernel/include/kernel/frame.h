/*
 * Frame objects of 4 KiB, 2 MiB and 1 GiB (portable core; frame.c; see
 * vspace.h for their capability words and records).
 */
#ifndef A9N_KERNEL_FRAME_H
#define A9N_KERNEL_FRAME_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

bool frame_size_supported(uint64_t size_bits);
struct capability frame_create(uint64_t physical, unsigned size_bits, bool device);
void frame_derived(struct capability *copy);
void frame_finalize(const struct capability *capability);
enum a9n_error frame_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                            const uint64_t *arguments, uint64_t *results);

#endif

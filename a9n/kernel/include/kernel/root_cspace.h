/*
 * The root server's initial capability space (portable core, boot-only);
 * its layout is documented in <a9n/root_info.h>.
 */
#ifndef A9N_KERNEL_ROOT_CSPACE_H
#define A9N_KERNEL_ROOT_CSPACE_H

#include <a9n/root_info.h>
#include <kernel/thread.h>
#include <stdint.h>

/* Radix of a root node big enough for the generics free memory needs now,
 * with room for the few more that later boot allocations may split off. */
unsigned root_cspace_radix(void);

/* Bytes of root info for a root node of that radix. */
uint64_t root_cspace_info_size(unsigned radix);

/* Build the root node in the zeroed memory `node_memory`, make it `thread`'s
 * capability-space root, put the initial capabilities into it (the thread
 * itself, its address space with root table `vspace_root`, the interrupt
 * region, the I/O ports) and hand every free block of memory to it as a
 * generic, described in `info`. The boot allocator must not be used after. */
void root_cspace_create(struct thread *thread, uint64_t vspace_root, void *node_memory,
                        unsigned radix, struct a9n_root_info *info);

#endif

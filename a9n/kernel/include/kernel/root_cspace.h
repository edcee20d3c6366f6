/*
 * The root server's initial capability space (portable core, boot-only);
 * its layout is documented in <a9n/root_info.h>.
 */
#ifndef A9N_KERNEL_ROOT_CSPACE_H
#define A9N_KERNEL_ROOT_CSPACE_H

#include <a9n/boot_info.h>
#include <a9n/root_info.h>
#include <kernel/thread.h>
#include <stdint.h>

/* What to allocate before building the root server's address space. */
struct root_cspace_plan {
    unsigned radix;     /* of the root node */
    uint64_t info_size; /* bytes of root info */
};

/* Size the root node and root info for the memory there is and an address
 * space of about `mapped_pages` pages (not counting its tables). */
void root_cspace_plan(struct root_cspace_plan *plan, const struct a9n_boot_info *info,
                      uint64_t mapped_pages);

/* What the root server's construction produced. */
struct root_cspace_layout {
    void *node_memory; /* zeroed, node_size(radix) bytes, outside the reclaimable range */
    unsigned radix;
    struct a9n_root_info *info; /* zeroed, info_size bytes, mapped read-only for the root */
    uint64_t info_size;
    uint64_t vspace_root;       /* the root server's address-space root table */
    uint64_t reclaimable_start; /* boot memory used only to build the root server */
    uint64_t reclaimable_end;
    uint64_t initrd_address; /* where the initrd is mapped for the root server, 0 if none */
    uint64_t initrd_size;
};

/* Build the root node, make it `thread`'s capability-space root, and fill it
 * as <a9n/root_info.h> says. The boot allocator must not be used after. */
void root_cspace_create(struct thread *thread, const struct root_cspace_layout *layout,
                        const struct a9n_boot_info *info);

#endif

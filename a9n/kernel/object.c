/*
 * Kernel objects' common life cycle (portable core); see include/kernel/object.h.
 */
#include <a9n/a9n.h>
#include <kernel/node.h>
#include <kernel/object.h>

static struct object_header *dying;

static struct object_header *header_of(const struct capability *capability)
{
    switch (capability->type) {
    case A9N_OBJECT_NODE:
        return &node_of(capability)->header;
    default:
        return 0;
    }
}

void object_acquire(const struct capability *capability)
{
    struct object_header *header = header_of(capability);
    if (header)
        header->reference_count++;
}

void object_release(const struct capability *capability)
{
    struct object_header *header = header_of(capability);
    if (!header || --header->reference_count != 0)
        return;
    header->next_dying = dying;
    dying = header;
}

void object_reap(void)
{
    while (dying) {
        struct object_header *header = dying;
        dying = header->next_dying;
        header->next_dying = 0;
        if (header->type == A9N_OBJECT_NODE)
            node_destroy((struct node *)header);
    }
}

/*
 * Kernel objects' common life cycle (portable core); see include/kernel/object.h.
 */
#include <kernel/object.h>
#include <kernel/object_types.h>
#include <kernel/preempt.h>

struct object_header *object_dying;

void object_acquire(const struct capability *capability)
{
    struct object_header *header = object_type_header(capability);
    if (header)
        header->reference_count++;
}

void object_release(const struct capability *capability)
{
    struct object_header *header = object_type_header(capability);
    if (!header || --header->reference_count != 0)
        return;
    header->next_dying = object_dying;
    object_dying = header;
}

bool object_reap_queued(void)
{
    while (object_dying) {
        struct object_header *header = object_dying;
        object_dying = header->next_dying;
        header->next_dying = 0;
        if (!object_type_destroy(header)) {
            /* Back at the head: the next reap goes on with it. */
            header->next_dying = object_dying;
            object_dying = header;
            return false;
        }
        if (object_dying && preempt_point())
            return false;
    }
    return true;
}

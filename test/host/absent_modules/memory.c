/* The memory objects (address spaces, page tables, frames); see absent.h. */
#include "absent.h"

#include <kernel/address_space.h>
#include <kernel/frame.h>
#include <kernel/page_table.h>

ABSENT(uint64_t, address_space_identifier_count, void)
ABSENT(uint64_t, address_space_free_in, uint64_t first, uint64_t count, uint64_t enough)
ABSENT(struct capability, address_space_create, uint64_t physical, uint64_t *cursor, uint64_t end)
ABSENT(struct object_header *, address_space_header, const struct capability *c)
ABSENT(void, address_space_destroy, struct object_header *h)
ABSENT(enum a9n_error, address_space_invoke, struct slot *t, uint64_t o, const uint64_t *a,
       uint64_t *r)
ABSENT(struct capability, page_table_create, uint64_t physical, unsigned depth)
ABSENT(void, page_table_finalize, const struct capability *c)
ABSENT(enum a9n_error, page_table_invoke, struct slot *cr, struct slot *t, uint64_t o,
       const uint64_t *a, uint64_t *r)
ABSENT(struct capability, frame_create, uint64_t physical, unsigned size_bits, bool device)
ABSENT(void, frame_derived, struct capability *c)
ABSENT(void, frame_finalize, const struct capability *c)
ABSENT(void, frame_demoted, struct capability *c)
ABSENT(enum a9n_error, frame_invoke, struct slot *cr, struct slot *t, uint64_t o, const uint64_t *a,
       uint64_t *r)

/* Asked while a conversion is checked, before anything is made, so it
 * answers as a machine with 4 KiB frames only would. */
bool frame_size_supported(uint64_t size_bits)
{
    return size_bits == 12;
}

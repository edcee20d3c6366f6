/* Interrupt regions and ports and I/O ports; see absent.h. The hook for
 * dying notifications (interrupt_forget_notification) is left to the tests
 * that link notification.c, which check that it is called. */
#include "absent.h"

#include <kernel/interrupt.h>

ABSENT(enum a9n_error, interrupt_region_invoke, struct slot *cr, struct slot *t, uint64_t o,
       const uint64_t *a)
ABSENT(struct object_header *, interrupt_port_header, const struct capability *c)
ABSENT(void, interrupt_port_destroy, struct object_header *h)
ABSENT(enum a9n_error, interrupt_port_invoke, struct slot *cr, struct slot *t, uint64_t o,
       const uint64_t *a)
ABSENT(enum a9n_error, io_port_invoke, struct slot *cr, struct slot *t, uint64_t o,
       const uint64_t *a, uint64_t *r)

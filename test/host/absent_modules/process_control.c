/* Process-control (thread) objects; see absent.h. */
#include "absent.h"

#include <kernel/process_control.h>

ABSENT(struct capability, process_control_create, void *memory)
ABSENT(void, process_control_destroy, struct object_header *h)
ABSENT(enum a9n_error, process_control_invoke, struct thread *c, struct slot *t, uint64_t o,
       const uint64_t *a, uint64_t *r)

/* Thread (thread) objects; see absent.h. */
#include "absent.h"

#include <kernel/thread.h>

ABSENT(struct capability, thread_create, void *memory)
ABSENT(void, thread_destroy, struct object_header *h)
ABSENT(enum a9n_error, thread_invoke, struct thread *c, struct slot *t, uint64_t o,
       const uint64_t *a, uint64_t *r)

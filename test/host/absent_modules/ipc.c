/* IPC ports and notification ports; see absent.h. */
#include "absent.h"

#include <kernel/ipc_port.h>
#include <kernel/ipc_transfer.h>
#include <kernel/notification.h>

ABSENT(struct capability, ipc_port_create, void *memory)
ABSENT(struct object_header *, ipc_port_header, const struct capability *c)
ABSENT(bool, ipc_port_destroy, struct object_header *h)
ABSENT(bool, ipc_port_invoke, struct thread *c, struct slot *t, uint64_t o)
ABSENT(void, ipc_transfer_complete, struct thread *thread, enum a9n_error error)
ABSENT(struct capability, notification_create, void *memory)
ABSENT(struct object_header *, notification_header, const struct capability *c)
ABSENT(bool, notification_destroy, struct object_header *h)
ABSENT(enum a9n_error, notification_invoke, struct thread *c, struct slot *t, uint64_t o,
       uint64_t *r)

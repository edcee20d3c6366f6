/*
 * Helpers of the IPC suite: helper threads with IPC buffers of their own,
 * the objects tests talk through, and what helpers report back.
 *
 * Layout of the scratch slots (see ../capability/fixture.h):
 *   scratch(0 .. HELPERS-1)  helper threads
 *   scratch(SLOT_PORT ..)    ports, notifications and their copies
 * Helper threads share the root server's address space and capability
 * space; each has a stack and an IPC buffer page of its own, and reports
 * through helper_report[] before parking itself (suspend, forever).
 */
#ifndef KOITO_GUEST_IPC_HELPERS_H
#define KOITO_GUEST_IPC_HELPERS_H

#include <a9n/a9n.h>
#include <stdint.h>

#define HELPERS 4u

/* Priorities: the root server runs at A9N_ROOT_THREAD_PRIORITY (128). */
#define PRIORITY_HIGH 200u
#define PRIORITY_LOW  100u

enum ipc_slot {
    SLOT_PORT = 8,
    SLOT_PORT2,
    SLOT_COPY,
    SLOT_COPY2,
    SLOT_COPY3,
    SLOT_NOTIFICATION,
    SLOT_NOTIFICATION_COPY,
    SLOT_RECEIVED,
};

/* What helper `i` saw last: an error, a badge, an info word, message words;
 * how many messages it recorded, and whether it parked. */
struct helper_report {
    volatile uint64_t done;
    volatile uint64_t count;
    volatile uint64_t error;
    volatile uint64_t badge;
    volatile uint64_t info;
    volatile uint64_t words[A9N_MESSAGE_REGISTERS];
};

extern struct helper_report helper_report[HELPERS];

/* The IPC buffer of helper `i`, and the root server's. */
uint64_t *helper_buffer(unsigned i);
uint64_t *root_buffer(void);

/* Make helper `i` (in scratch(i)) run entry(i) at `priority` with its own
 * IPC buffer, and resume it. */
void helper_start(unsigned i, void (*entry)(uint64_t), unsigned priority);

/* Suspend the calling helper `i` for good. */
_Noreturn void helper_park(uint64_t i);

/* Let threads below the root server's priority run until they block or park. */
void let_lower_run(void);

/* Move the faulted thread past the `skip` bytes of the instruction at `rip`,
 * resume it by replying to its fault on `port`, let it run and check that
 * helper 0 parked. */
void resume_past_fault(a9n_descriptor_t thread, a9n_descriptor_t port, uint64_t rip, unsigned skip);

/* Record a received message in helper_report[i]. */
void helper_record(uint64_t i, enum a9n_error error, const struct a9n_message *message);

/* Convert an IPC port or a notification port into scratch slot `slot`. */
void make_object(enum a9n_object_type type, unsigned slot);

/* Copy scratch slot `source` into `destination` with `rights` and `badge`. */
void mint(unsigned destination, unsigned source, a9n_rights_t rights, uint64_t badge);

/* Start a test: memory from the fixture, reports cleared. */
void ipc_begin(void);

#endif

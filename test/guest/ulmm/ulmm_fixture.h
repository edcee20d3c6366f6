/*
 * Set-up of the ULMM suite: a ULMM server in a thread of the test program,
 * its memory, and the test program as its first client.
 *
 * Every test starts with ulmm_begin(): from the capability fixture's generic
 * it makes ULMM's port, its work node and a child generic of
 * ULMM_TEST_MEMORY bytes (without the physical right, as KOITO will hand
 * ULMM memory), starts the server thread at high priority and opens the
 * root session, whose badged capability is scratch(SLOT_COPY). The root
 * session manages the test program's own address space, so the test reads
 * and writes what ULMM maps. ulmm_end() checks ULMM's invariants and
 * revokes the fixture's generic: everything goes, the server included.
 *
 * Scratch slots (../capability/fixture.h): 0 the server thread, 1 and 2
 * threads that touch memory (their fault resolver is the root session's
 * capability), SLOT_PORT the ULMMI port, SLOT_PORT2 the supervisor port
 * unresolved faults are forwarded to, SLOT_COPY the root session's
 * capability, SLOT_COPY2 a child session's, SLOT_COPY3 a forged one,
 * SLOT_RECEIVED an object ULMM made, and the slots below.
 */
#ifndef KOITO_GUEST_ULMM_FIXTURE_H
#define KOITO_GUEST_ULMM_FIXTURE_H

#include "server.h"

#include <a9n/a9n.h>
#include <stdint.h>

enum ulmm_test_slot {
    ULMM_SLOT_GENERIC = 16,
    ULMM_SLOT_WORK_NODE,
    ULMM_SLOT_CHILD_SPACE,
};

#define ULMM_TEST_MEMORY_BITS 24 /* 16 MiB for ULMM */
#define ULMM_TEST_QUOTA       (UINT64_C(14) << 20)
#define ULMM_TEST_TOP_RADIX   6 /* up to 64 leaves of 512 slots */
#define ULMM_TEST_META_BASE   UINT64_C(0x0000400000000000)
#define ULMM_TEST_META_SIZE   (UINT64_C(1) << 30)
#define ULMM_PAGE             UINT64_C(0x1000)
#define ULMM_RW               (ULMM_PROT_READ | ULMM_PROT_WRITE)

extern struct ulmm_server ulmm_test_server;
extern uint64_t ulmm_test_root; /* the root session's handle */

/* Start a test: ULMM running, the root session open; ULMM's thread at a
 * priority above the test's (ulmm_begin), or at the one given. */
void ulmm_begin(void);
void ulmm_begin_at(unsigned server_priority);
/* End it: ULMM consistent, everything revoked. */
void ulmm_end(void);

/* The root session's capability, and a child session's. */
a9n_descriptor_t ulmm_root(void);
a9n_descriptor_t ulmm_child(void);

/* Start thread `i` (1 or 2) at low priority running entry(i), its faults
 * going to ULMM through the root session's capability. */
void ulmm_toucher_start(unsigned i, void (*entry)(uint64_t));

/* Receive a fault ULMM forwarded to the supervisor port; the words are
 * the kernel's fault words and the session's handle. */
void ulmm_receive_forwarded(struct a9n_message *message);
/* Let ULMM go on after a forwarded fault. */
void ulmm_reply_forwarded(void);

/* Where threads 1 and 2 touch memory, and what they found there. */
extern volatile uint64_t *ulmm_touch_address;
extern volatile uint64_t ulmm_touch_seen;

#endif

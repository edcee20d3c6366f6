/*
 * A fake of the kernel for ULMM's core on the host: generics, frames, page
 * tables, kernel objects and address spaces simulated as a table of
 * capability slots, with the kernel's rules enforced and counted.
 *
 * Layer: host tests of ULMM. Every rule the real kernel would enforce and
 * that the core must respect (convert or split only an empty generic, map a
 * frame capability once, never map without page tables, never W+X, delete
 * only what has no children left) ends the test with a message when broken.
 * Failures can be injected to exercise the core's undo paths.
 */
#ifndef ULMM_TEST_FAKE_BACKEND_H
#define ULMM_TEST_FAKE_BACKEND_H

#include "../../../ulmm/core/backend.h"

#include <stdint.h>

struct fake_backend;

struct fake_backend *fake_backend_create(void);
void fake_backend_destroy(struct fake_backend *fake);
struct ulmm_backend fake_backend_ops(struct fake_backend *fake);

/* A fresh generic of 2^bits bytes, as the server would hand it to ULMM. */
ulmm_cap fake_backend_generic(struct fake_backend *fake, unsigned bits);
/* A fresh address space (ULMM's to release). */
ulmm_cap fake_backend_space(struct fake_backend *fake);
/* A badged port capability for a session and a client's copy of it. */
ulmm_cap fake_backend_endpoint(struct fake_backend *fake, ulmm_cap *client_copy);
/* Does the slot hold a capability? */
int fake_backend_live(const struct fake_backend *fake, ulmm_cap cap);

/* From now, ULMM may take only `slots` more slots, plus 512 for each node it
 * grows its room by (with a 64 KiB generic); unlimited until called. */
void fake_backend_slot_budget(struct fake_backend *fake, uint64_t slots);
/* Nodes ULMM grew its room by. */
uint64_t fake_backend_nodes(const struct fake_backend *fake);

/* Fail the n-th fallible backend call from now (1 = the next), 0 = never. */
void fake_backend_fail_after(struct fake_backend *fake, uint64_t n);

/* Live objects the kernel would hold now. */
struct fake_counts {
    uint64_t frames;     /* frame objects (not counting copies) */
    uint64_t frame_caps; /* frame capabilities, copies included */
    uint64_t mappings;
    uint64_t tables;  /* page tables linked into a space */
    uint64_t objects; /* threads, ports, notifications, nodes */
    uint64_t generics;
    uint64_t spaces;
    uint64_t self_pages; /* pages mapped for ULMM itself */
};
struct fake_counts fake_backend_counts(const struct fake_backend *fake);

/* Is a frame mapped at address in space, and with what protection? */
int fake_backend_mapped(const struct fake_backend *fake, ulmm_cap space, uint64_t address,
                        uint64_t *prot);

#endif

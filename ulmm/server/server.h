/*
 * The ULMM server: ULMM's core on A9N, serving ULMMI over one IPC port and
 * resolving its clients' page faults.
 *
 * Layer: ULMM server (guest). Every session is reached through a capability
 * to the server's port minted with the session's handle as its badge, so the
 * kernel tells the server which session asks and no client can name
 * another's. Client threads are configured with the same capability as
 * their fault resolver: a fault arrives on the same port, flagged by the
 * kernel, and is resolved (a lazy page is mapped and the thread resumes) or
 * forwarded to the supervisor.
 *
 * What the server needs (its creator gives it; see docs/chapters/ulmm.typ):
 * a node for its own capabilities holding a first leaf node, its own address space and a free
 * window of it, an IPC port (all rights: it receives, replies with
 * capabilities and mints session capabilities from it), generics without
 * the physical right, and a port to forward unresolved faults to.
 */
#ifndef ULMM_SERVER_SERVER_H
#define ULMM_SERVER_SERVER_H

#include "forwarder.h"
#include "kernel_backend.h"
#include "ulmm.h"

#include <a9n/a9n.h>
#include <stdint.h>

struct ulmm_server_config {
    /* ULMM's own capabilities: a node ULMM fills with leaf nodes of
     * ULMM_KERNEL_LEAF_RADIX, the first of them already in its slot 0. */
    a9n_descriptor_t top_node;
    unsigned top_radix;
    uint64_t *slot_bitmap; /* room for 2^(top_radix + ULMM_KERNEL_LEAF_RADIX) bits */
    a9n_descriptor_t self_space;
    uint64_t meta_base, meta_size; /* a free window of the own address space */
    void *bootstrap;               /* a few page-aligned pages of the server's own memory */
    size_t bootstrap_bytes;
    uint64_t seed;
    a9n_descriptor_t port;       /* the ULMMI port, all rights */
    a9n_descriptor_t supervisor; /* where unresolved faults go (A9N_DESCRIPTOR_INVALID: none) */
    /* NULL: the serving thread calls the supervisor itself (a supervisor that never calls ULMM);
     * else the forwarder's thread does (KOITO init, which opens and closes sessions). */
    struct ulmm_forwarder *forwarder;
    uint64_t *ipc_buffer; /* the serving thread's IPC buffer */
    /* The node the creator puts generics in (A9N_DESCRIPTOR_INVALID: none), of generics_radix. */
    a9n_descriptor_t generics;
    unsigned generics_radix;
};

/* A forwarded fault: the supervisor receives the kernel's fault words 0..3
 * (<a9n/fault.h>) followed by the faulting session's handle, as a call; the
 * faulting thread stays stopped once the supervisor replies. */
#define ULMM_FORWARD_SESSION 4u
#define ULMM_FORWARD_LENGTH  5u
_Static_assert(ULMM_FORWARD_LENGTH == ULMM_FORWARDER_WORDS, "the forwarder sends what a call does");

struct ulmm_server {
    struct ulmm core;
    struct ulmm_kernel kernel;
    a9n_descriptor_t port;
    a9n_descriptor_t supervisor;
    struct ulmm_forwarder *forwarder;
    a9n_descriptor_t receive_slot;
    uint64_t *ipc_buffer;
    uint64_t faults_resolved;
    uint64_t faults_forwarded;
    a9n_descriptor_t generics;
    unsigned generics_radix;
};

/* Set the server up; false if its receive slot cannot be had. */
bool ulmm_server_init(struct ulmm_server *server, const struct ulmm_server_config *config);

/* Give ULMM a generic (root-relative descriptor) of 2^size_bits bytes. */
enum ulmm_error ulmm_server_add_generic(struct ulmm_server *server, a9n_descriptor_t generic,
                                        unsigned size_bits);

/* Take every generic of the generics node (generics.c), in slot order up to the first empty slot,
 * into ULMM's own slots: as memory of its start (root 0), or as more memory for the root session
 * `root`, whose quota grows by it. With probe, the first generic also proves the kernel refuses
 * ULMM physical addresses. *taken counts the bytes taken, also when an error stops it:
 * ULMM_ERROR_INSUFFICIENT_RIGHTS for a generic with the physical right (left in the node) or no
 * node, ULMM_ERROR_OUT_OF_MEMORY when ULMM has no slot or record for one. */
enum ulmm_error ulmm_server_take_generics(struct ulmm_server *server, uint64_t root, bool probe,
                                          uint64_t *taken);

/* Open the root session (for ULMM's creator) with quota bytes, managing
 * space (or none), and mint its capability into destination (a slot of
 * the creator's, root-relative). */
enum ulmm_error ulmm_server_open_root(struct ulmm_server *server, uint64_t quota,
                                      a9n_descriptor_t space, int has_space,
                                      a9n_descriptor_t destination, uint64_t *handle);

/* Serve until the port goes away; returns the kernel's error then. */
enum a9n_error ulmm_server_run(struct ulmm_server *server);

#endif

/*
 * A small capability space for host tests of the kernel's capability core,
 * built the way the kernel builds the root server's (kernel/root_cspace.c):
 *
 *   thread.cspace_root             root capability of the root node (radix
 *                                  FIXTURE_ROOT_RADIX), all rights
 *   root slot A9N_ROOT_SLOT_NODE   a copy of it
 *   root slot FIXTURE_SLOT_GENERIC a generic over an aligned host buffer
 *   root slot FIXTURE_SLOT_DEVICE  a device generic over another one
 *
 * Layer: host tests only. Every operation goes through capability_call() on
 * the fixture's thread, with arguments in the message registers of its saved
 * context, exactly as a kernel call from user mode arrives.
 */
#ifndef KOITO_TEST_KERNEL_FIXTURE_H
#define KOITO_TEST_KERNEL_FIXTURE_H

#include <a9n/a9n.h>
#include <kernel/node.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FIXTURE_ROOT_RADIX      4u
#define FIXTURE_SLOT_GENERIC    2u
#define FIXTURE_SLOT_DEVICE     3u
#define FIXTURE_DEVICE_BITS     14u
/* The first root slot the fixture leaves empty. */
#define FIXTURE_SLOT_FIRST_FREE 4u

struct fixture {
    struct thread thread;
    struct node *root;
    uint8_t *generic_memory; /* 2^generic_bits bytes, aligned to its size */
    unsigned generic_bits;
    uint8_t *device_memory; /* 2^FIXTURE_DEVICE_BITS bytes, aligned to its size */
    /* Kernel entries the last fixture_call took (more than 1 when it was restarted at a
     * preemption point), and what runs between two of them, as user code and interrupts
     * would (NULL: nothing). */
    unsigned entries;
    void (*between_entries)(struct fixture *f);
};

/* Build the capability space with a generic of 2^generic_bits bytes; the
 * generic's memory is filled with a non-zero pattern, so zeroing shows. */
void fixture_init(struct fixture *f, unsigned generic_bits);

/* Free the fixture's memory. */
void fixture_fini(struct fixture *f);

/* The descriptor of slot `index` of the root node. */
static inline a9n_descriptor_t fixture_root_slot(uint64_t index)
{
    return A9N_DESCRIPTOR(index, FIXTURE_ROOT_RADIX);
}

/* The root node's slot `index`. */
static inline struct slot *fixture_slot(struct fixture *f, uint64_t index)
{
    return &f->root->slots[index];
}

/* Message registers from a list of values; those not named are 0. */
#define FIXTURE_MR(...) ((const uint64_t[A9N_MESSAGE_REGISTERS]){__VA_ARGS__})

/*
 * A capability call: target descriptor in rdi, operation in rsi, `arguments`
 * in the message registers. `results` (may be NULL) receives every message
 * register after the call. A call the kernel restarts (preemption points:
 * rip moved back onto the syscall) is entered again, as the CPU would,
 * until it completes.
 */
enum a9n_error fixture_call(struct fixture *f, a9n_descriptor_t target, uint64_t operation,
                            const uint64_t arguments[A9N_MESSAGE_REGISTERS],
                            uint64_t results[A9N_MESSAGE_REGISTERS]);

/* Node operations on the node `node` names; descriptors relative to it. */
enum a9n_error fixture_copy(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source, uint64_t rights);
enum a9n_error fixture_move(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source);
enum a9n_error fixture_mint(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source, uint64_t rights, uint64_t badge);
enum a9n_error fixture_demote(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot,
                              uint64_t rights);
enum a9n_error fixture_delete(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot);
enum a9n_error fixture_revoke(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot);

/* Inspect: results[0..2] = type, rights, badge. */
enum a9n_error fixture_inspect(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot,
                               uint64_t results[A9N_MESSAGE_REGISTERS]);

/* Convert from the generic `generic` names into slots index.. of the node
 * `destination` names (relative to the root). */
enum a9n_error fixture_convert(struct fixture *f, a9n_descriptor_t generic, uint64_t type,
                               uint64_t size_bits, uint64_t count, a9n_descriptor_t destination,
                               uint64_t index);

/* Get info: results[0..2] = size, free, flags. */
enum a9n_error fixture_get_info(struct fixture *f, a9n_descriptor_t generic,
                                uint64_t results[A9N_MESSAGE_REGISTERS]);

/* A copy of all the state the fixture's capability space lives in: the
 * thread's root slot, the root node, the generic and device memory. */
struct fixture_snapshot {
    struct slot cspace_root;
    uint8_t *bytes;
    size_t size;
};

void fixture_snapshot_take(const struct fixture *f, struct fixture_snapshot *snapshot);

/* Whether nothing changed since the snapshot; frees it. */
bool fixture_snapshot_unchanged(const struct fixture *f, struct fixture_snapshot *snapshot);

#endif

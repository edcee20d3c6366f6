/*
 * A small capability space for host tests of the kernel's capability core;
 * see fixture.h.
 *
 * Layer: host tests only.
 */
#include "fixture.h"

#include <kernel/capability_call.h>
#include <kernel/derivation.h>
#include <kernel/generic.h>
#include <stdlib.h>
#include <string.h>

#define FIXTURE_PATTERN 0xa5

static uint8_t *fixture_aligned_buffer(size_t size)
{
    uint8_t *memory = aligned_alloc(size, size);
    if (!memory)
        abort();
    memset(memory, FIXTURE_PATTERN, size);
    return memory;
}

void fixture_init(struct fixture *f, unsigned generic_bits)
{
    *f = (struct fixture){.generic_bits = generic_bits};
    size_t root_size = node_size(FIXTURE_ROOT_RADIX);
    void *root_memory = aligned_alloc(sizeof(struct slot), root_size);
    if (!root_memory)
        abort();
    memset(root_memory, 0, root_size);
    struct capability root = node_create(root_memory, FIXTURE_ROOT_RADIX);
    derivation_insert(&f->thread.cspace_root, &root, 0);
    f->root = node_of(&root);
    derivation_copy(fixture_slot(f, A9N_ROOT_SLOT_NODE), &f->thread.cspace_root, A9N_RIGHTS_ALL);

    f->generic_memory = fixture_aligned_buffer((size_t)1 << generic_bits);
    struct capability generic =
        generic_create((uint64_t)(uintptr_t)f->generic_memory, generic_bits, false);
    derivation_insert(fixture_slot(f, FIXTURE_SLOT_GENERIC), &generic, 0);

    f->device_memory = fixture_aligned_buffer((size_t)1 << FIXTURE_DEVICE_BITS);
    struct capability device =
        generic_create((uint64_t)(uintptr_t)f->device_memory, FIXTURE_DEVICE_BITS, true);
    derivation_insert(fixture_slot(f, FIXTURE_SLOT_DEVICE), &device, 0);
}

void fixture_fini(struct fixture *f)
{
    free(f->root);
    free(f->generic_memory);
    free(f->device_memory);
}

enum a9n_error fixture_call(struct fixture *f, a9n_descriptor_t target, uint64_t operation,
                            const uint64_t arguments[A9N_MESSAGE_REGISTERS],
                            uint64_t results[A9N_MESSAGE_REGISTERS])
{
    struct hal_context *c = &f->thread.context;
    c->rax = A9N_KERNEL_CALL_CAPABILITY;
    c->rdi = target;
    c->rsi = operation;
    uint64_t *registers[A9N_MESSAGE_REGISTERS] = {&c->rdx, &c->r10, &c->r8,  &c->r9,
                                                  &c->r12, &c->r13, &c->r14, &c->r15};
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++)
        *registers[i] = arguments[i];
    /* Where user code would continue after the 2-byte syscall; a restart moves it back. */
    const uint64_t after_call = 0x401002;
    c->rip = c->rcx = after_call;
    capability_call(&f->thread);
    f->entries = 1;
    while (c->rip != after_call) {
        if (f->between_entries)
            f->between_entries(f);
        c->rip = c->rcx = after_call;
        f->entries++;
        if (c->rax == CAPABILITY_CALL_CONTINUE) {
            if (!capability_call_continue(&f->thread))
                abort();
        } else {
            capability_call(&f->thread);
        }
    }
    enum a9n_error error = (enum a9n_error)c->rax;
    for (unsigned i = 0; results && i < A9N_MESSAGE_REGISTERS; i++)
        results[i] = *registers[i];
    return error;
}

enum a9n_error fixture_copy(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source, uint64_t rights)
{
    return fixture_call(f, node, A9N_NODE_COPY, FIXTURE_MR(destination, source, rights), 0);
}

enum a9n_error fixture_move(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source)
{
    return fixture_call(f, node, A9N_NODE_MOVE, FIXTURE_MR(destination, source), 0);
}

enum a9n_error fixture_mint(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t destination,
                            a9n_descriptor_t source, uint64_t rights, uint64_t badge)
{
    return fixture_call(f, node, A9N_NODE_MINT, FIXTURE_MR(destination, source, rights, badge), 0);
}

enum a9n_error fixture_demote(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot,
                              uint64_t rights)
{
    return fixture_call(f, node, A9N_NODE_DEMOTE, FIXTURE_MR(slot, rights), 0);
}

enum a9n_error fixture_delete(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot)
{
    return fixture_call(f, node, A9N_NODE_DELETE, FIXTURE_MR(slot), 0);
}

enum a9n_error fixture_revoke(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot)
{
    return fixture_call(f, node, A9N_NODE_REVOKE, FIXTURE_MR(slot), 0);
}

enum a9n_error fixture_inspect(struct fixture *f, a9n_descriptor_t node, a9n_descriptor_t slot,
                               uint64_t results[A9N_MESSAGE_REGISTERS])
{
    return fixture_call(f, node, A9N_NODE_INSPECT, FIXTURE_MR(slot), results);
}

enum a9n_error fixture_convert(struct fixture *f, a9n_descriptor_t generic, uint64_t type,
                               uint64_t size_bits, uint64_t count, a9n_descriptor_t destination,
                               uint64_t index)
{
    return fixture_call(f, generic, A9N_GENERIC_CONVERT,
                        FIXTURE_MR(type, size_bits, count, destination, index), 0);
}

enum a9n_error fixture_get_info(struct fixture *f, a9n_descriptor_t generic,
                                uint64_t results[A9N_MESSAGE_REGISTERS])
{
    return fixture_call(f, generic, A9N_GENERIC_GET_INFO, FIXTURE_MR(0), results);
}

/* The fixture's memory regions, in snapshot order. */
static size_t fixture_regions(const struct fixture *f, const uint8_t *regions[3], size_t sizes[3])
{
    regions[0] = (const uint8_t *)f->root;
    sizes[0] = node_size(FIXTURE_ROOT_RADIX);
    regions[1] = f->generic_memory;
    sizes[1] = (size_t)1 << f->generic_bits;
    regions[2] = f->device_memory;
    sizes[2] = (size_t)1 << FIXTURE_DEVICE_BITS;
    return sizes[0] + sizes[1] + sizes[2];
}

void fixture_snapshot_take(const struct fixture *f, struct fixture_snapshot *snapshot)
{
    const uint8_t *regions[3];
    size_t sizes[3];
    snapshot->cspace_root = f->thread.cspace_root;
    snapshot->size = fixture_regions(f, regions, sizes);
    snapshot->bytes = malloc(snapshot->size);
    if (!snapshot->bytes)
        abort();
    for (size_t i = 0, offset = 0; i < 3; offset += sizes[i], i++)
        memcpy(snapshot->bytes + offset, regions[i], sizes[i]);
}

bool fixture_snapshot_unchanged(const struct fixture *f, struct fixture_snapshot *snapshot)
{
    const uint8_t *regions[3];
    size_t sizes[3];
    fixture_regions(f, regions, sizes);
    bool same = memcmp(&snapshot->cspace_root, &f->thread.cspace_root, sizeof(struct slot)) == 0;
    for (size_t i = 0, offset = 0; i < 3; offset += sizes[i], i++)
        same = same && memcmp(snapshot->bytes + offset, regions[i], sizes[i]) == 0;
    free(snapshot->bytes);
    snapshot->bytes = 0;
    return same;
}

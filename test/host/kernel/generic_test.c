/*
 * Host unit tests of generic memory (a9n/kernel/generic.c) through the
 * capability call: convert into nodes and child generics, placement and
 * alignment, zeroing, exact accounting in get_info (which never shows a
 * physical address), device memory, atomicity (a convert that fails for any
 * reason creates nothing and leaves the cursor where it was), and every
 * error of convert's entry in a9n/api/a9n_api.json.
 *
 * The fixture's generic is 64 KiB (bits 16) in root slot 2; its device
 * generic 16 KiB in root slot 3. Most tests first convert node D (radix 5,
 * 2112 bytes at offset 0) into root slot 4 as a destination.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fixture.h"

#include <string.h>

#define GENERIC_BITS 16u
#define GENERIC_SIZE ((uint64_t)1 << GENERIC_BITS)
#define D_SLOT       4u
#define D_RADIX      5u
#define D_READ_SLOT  5u
#define FREE_SLOT    6u

static const a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;

static a9n_descriptor_t slot_of(unsigned index)
{
    return fixture_root_slot(index);
}

static a9n_descriptor_t generic(void)
{
    return slot_of(FIXTURE_SLOT_GENERIC);
}

static struct node *d_of(struct fixture *f)
{
    return node_of(&fixture_slot(f, D_SLOT)->capability);
}

static uint64_t base_of(struct fixture *f)
{
    return (uint64_t)(uintptr_t)f->generic_memory;
}

static void space_init(struct fixture *f)
{
    fixture_init(f, GENERIC_BITS);
    CHECK_EQ(fixture_convert(f, generic(), A9N_OBJECT_NODE, D_RADIX, 1, root, D_SLOT), A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(D_READ_SLOT), slot_of(D_SLOT), A9N_RIGHT_READ), A9N_OK);
}

/* Free bytes get_info reports for the generic `descriptor` names. */
static uint64_t free_of(struct fixture *f, a9n_descriptor_t descriptor)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_get_info(f, descriptor, results), A9N_OK);
    return results[1];
}

#define CHECK_FAILS(f, call, error)                                                                \
    do {                                                                                           \
        struct fixture_snapshot snapshot_;                                                         \
        fixture_snapshot_take(f, &snapshot_);                                                      \
        CHECK_EQ(call, error);                                                                     \
        CHECK(fixture_snapshot_unchanged(f, &snapshot_));                                          \
    } while (0)

/* Whether `size` bytes at `memory` are all zero. */
static bool all_zero(const void *memory, size_t size)
{
    const uint8_t *bytes = memory;
    for (size_t i = 0; i < size; i++) {
        if (bytes[i])
            return false;
    }
    return true;
}

static void test_convert_nodes(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 2, 3, root, 7), A9N_OK);
    for (unsigned i = 0; i < 3; i++) {
        struct slot *slot = fixture_slot(&f, 7 + i);
        struct node *node = node_of(&slot->capability);
        CHECK_EQ(slot->capability.type, A9N_OBJECT_NODE);
        CHECK_EQ(slot->capability.rights, A9N_RIGHTS_ALL);
        CHECK_EQ(slot->capability.size_bits, 2);
        CHECK(slot->parent == fixture_slot(&f, FIXTURE_SLOT_GENERIC));
        /* Placed one after the other from the generic's base. */
        CHECK_EQ((uint64_t)(uintptr_t)node, base_of(&f) + i * node_size(2));
        CHECK_EQ(node->header.type, A9N_OBJECT_NODE);
        CHECK_EQ(node->header.reference_count, 1);
        CHECK_EQ(node->radix, 2);
        /* Zeroed, although the generic's memory held a pattern. */
        CHECK(all_zero(node->slots, sizeof(struct slot) << 2));
        CHECK(all_zero(node->reserved, sizeof(node->reserved)));
    }
    CHECK_EQ(free_of(&f, generic()), GENERIC_SIZE - 3 * node_size(2));
    /* The slots after the last node are untouched. */
    CHECK_EQ(f.generic_memory[3 * node_size(2)], 0xa5);
    /* The new nodes work: copy into one of them. */
    CHECK_EQ(
        fixture_copy(&f, root, a9n_descriptor_child(slot_of(8), 2, 3), slot_of(7), A9N_RIGHT_READ),
        A9N_OK);
    fixture_fini(&f);
}

static void test_convert_generics(void)
{
    struct fixture f;
    space_init(&f);
    uint64_t used = node_size(D_RADIX);
    a9n_descriptor_t d = slot_of(D_SLOT);
    /* Child generics are aligned to their own size: the first goes to 8 KiB, past D. */
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 13, 2, d, 0), A9N_OK);
    struct node *dn = d_of(&f);
    for (unsigned i = 0; i < 2; i++) {
        const struct capability *child = &dn->slots[i].capability;
        CHECK_EQ(child->type, A9N_OBJECT_GENERIC);
        CHECK_EQ(child->rights, A9N_RIGHTS_ALL);
        CHECK_EQ(child->size_bits, 13);
        CHECK_EQ(child->flags, 0);
        CHECK_EQ(child->object, base_of(&f) + 8192 * (i + 1));
        CHECK_EQ(child->object % 8192, 0);
        CHECK(dn->slots[i].parent == fixture_slot(&f, FIXTURE_SLOT_GENERIC));
        CHECK_EQ(free_of(&f, a9n_descriptor_child(d, D_RADIX, i)), 8192);
    }
    CHECK(used < 8192);
    CHECK_EQ(free_of(&f, generic()), GENERIC_SIZE - 3 * 8192);
    /* A node from a child generic sits at the child's base; the parent's cursor stays. */
    CHECK_EQ(fixture_convert(&f, a9n_descriptor_child(d, D_RADIX, 1), A9N_OBJECT_NODE, 1, 1, d, 2),
             A9N_OK);
    CHECK_EQ(dn->slots[2].capability.object, base_of(&f) + 2 * 8192);
    CHECK(dn->slots[2].parent == &dn->slots[1]);
    CHECK_EQ(free_of(&f, a9n_descriptor_child(d, D_RADIX, 1)), 8192 - node_size(1));
    CHECK_EQ(free_of(&f, generic()), GENERIC_SIZE - 3 * 8192);
    /* A child generic as large as its parent. */
    CHECK_EQ(
        fixture_convert(&f, a9n_descriptor_child(d, D_RADIX, 0), A9N_OBJECT_GENERIC, 13, 1, d, 3),
        A9N_OK);
    CHECK_EQ(dn->slots[3].capability.object, base_of(&f) + 8192);
    CHECK_EQ(free_of(&f, a9n_descriptor_child(d, D_RADIX, 0)), 0);
    fixture_fini(&f);
}

static void test_get_info(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    const uint64_t marks[A9N_MESSAGE_REGISTERS] = {1, 2, 3, 4, 5, 6, 7, 8};
    CHECK_EQ(fixture_call(&f, generic(), A9N_GENERIC_GET_INFO, marks, results), A9N_OK);
    CHECK_EQ(results[0], GENERIC_SIZE);
    CHECK_EQ(results[1], GENERIC_SIZE);
    CHECK_EQ(results[2], 0);
    /* Only the three results are written; no register shows where the memory is. */
    for (unsigned i = 3; i < A9N_MESSAGE_REGISTERS; i++)
        CHECK_EQ(results[i], marks[i]);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 3, 1, root, 9), A9N_OK);
    CHECK_EQ(fixture_call(&f, generic(), A9N_GENERIC_GET_INFO, marks, results), A9N_OK);
    CHECK_EQ(results[0], GENERIC_SIZE);
    CHECK_EQ(results[1], GENERIC_SIZE - node_size(3));
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++) {
        CHECK(results[i] != base_of(&f));
        CHECK(results[i] != base_of(&f) + node_size(3));
    }
    /* The device generic reports its flag. */
    CHECK_EQ(fixture_get_info(&f, slot_of(FIXTURE_SLOT_DEVICE), results), A9N_OK);
    CHECK_EQ(results[0], (uint64_t)1 << FIXTURE_DEVICE_BITS);
    CHECK_EQ(results[1], (uint64_t)1 << FIXTURE_DEVICE_BITS);
    CHECK_EQ(results[2], A9N_GENERIC_DEVICE);
    /* get_info needs READ, and nothing else. */
    CHECK_EQ(fixture_demote(&f, root, generic(), A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(fixture_get_info(&f, generic(), results), A9N_OK);
    CHECK_EQ(fixture_demote(&f, root, generic(), 0), A9N_OK);
    CHECK_FAILS(&f, fixture_get_info(&f, generic(), results), A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_fini(&f);
}

static void test_device_memory(void)
{
    struct fixture f;
    space_init(&f);
    a9n_descriptor_t device = slot_of(FIXTURE_SLOT_DEVICE), d = slot_of(D_SLOT);
    CHECK_FAILS(&f, fixture_convert(&f, device, A9N_OBJECT_NODE, 1, 1, d, 0),
                A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(fixture_convert(&f, device, A9N_OBJECT_GENERIC, 12, 2, d, 0), A9N_OK);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_get_info(&f, a9n_descriptor_child(d, D_RADIX, 1), results), A9N_OK);
    CHECK_EQ(results[0], 4096);
    CHECK_EQ(results[2], A9N_GENERIC_DEVICE);
    CHECK_EQ(d_of(&f)->slots[1].capability.object, (uint64_t)(uintptr_t)f.device_memory + 4096);
    /* A device child refuses kernel objects too. */
    CHECK_FAILS(
        &f, fixture_convert(&f, a9n_descriptor_child(d, D_RADIX, 1), A9N_OBJECT_NODE, 1, 1, d, 5),
        A9N_ERROR_INVALID_ARGUMENT);
    fixture_fini(&f);
}

static void test_convert_atomic(void)
{
    struct fixture f;
    space_init(&f);
    a9n_descriptor_t d = slot_of(D_SLOT);
    /* 16 pages do not fit after D (offset 4096 + 16 * 4096 > 64 KiB); 15 fit exactly. */
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 16, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    /* An occupied slot in the middle of the range. */
    CHECK_EQ(fixture_copy(&f, root, a9n_descriptor_child(d, D_RADIX, 9), slot_of(D_SLOT),
                          A9N_RIGHT_READ),
             A9N_OK);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 15, d, 0),
                A9N_ERROR_SLOT_OCCUPIED);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 2, d, 8),
                A9N_ERROR_SLOT_OCCUPIED);
    /* Ranges past the node's end, and index + count overflowing. */
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 3, d, 30),
                A9N_ERROR_INDEX_OUT_OF_RANGE);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, d, 32),
                A9N_ERROR_INDEX_OUT_OF_RANGE);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 2, d, ~(uint64_t)0),
                A9N_ERROR_INDEX_OUT_OF_RANGE);
    CHECK_FAILS(
        &f,
        fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, (uint64_t)1 << 63, d, (uint64_t)1 << 63),
        A9N_ERROR_INDEX_OUT_OF_RANGE);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, ~(uint64_t)0, d, 1),
                A9N_ERROR_INDEX_OUT_OF_RANGE);
    CHECK_EQ(fixture_delete(&f, root, a9n_descriptor_child(d, D_RADIX, 9)), A9N_OK);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 15, d, 0), A9N_OK);
    CHECK_EQ(free_of(&f, generic()), 0);
    CHECK_EQ(d_of(&f)->slots[14].capability.object, base_of(&f) + GENERIC_SIZE - 4096);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, d, 20),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    fixture_fini(&f);
}

static void test_not_enough_memory(void)
{
    struct fixture f;
    space_init(&f);
    a9n_descriptor_t d = slot_of(D_SLOT);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, GENERIC_BITS + 1, 1, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    /* The whole generic no longer fits, as D sits at its start. */
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, GENERIC_BITS, 1, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    CHECK_FAILS(&f,
                fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, A9N_GENERIC_MAX_BITS, 1, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, A9N_NODE_MAX_RADIX, 1, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 9, 3, d, 0),
                A9N_ERROR_NOT_ENOUGH_MEMORY);
    /* What is left is exact, and a node of radix 9 (32 KiB + 64) still fits in it. */
    uint64_t left = GENERIC_SIZE - node_size(D_RADIX);
    CHECK_EQ(free_of(&f, generic()), left);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 9, 1, d, 0), A9N_OK);
    CHECK_EQ(free_of(&f, generic()), left - node_size(9));
    fixture_fini(&f);
}

static void test_convert_invalid_argument(void)
{
    struct fixture f;
    space_init(&f);
    a9n_descriptor_t d = slot_of(D_SLOT);
    const uint64_t bad_types[] = {A9N_OBJECT_NONE, 3, 255, (uint64_t)1 << 32 | A9N_OBJECT_NODE};
    for (size_t i = 0; i < sizeof(bad_types) / sizeof(bad_types[0]); i++)
        CHECK_FAILS(&f, fixture_convert(&f, generic(), bad_types[i], 12, 1, d, 0),
                    A9N_ERROR_INVALID_ARGUMENT);
    const uint64_t bad_radices[] = {0, A9N_NODE_MAX_RADIX + 1, 64, (uint64_t)1 << 32 | 1};
    for (size_t i = 0; i < sizeof(bad_radices) / sizeof(bad_radices[0]); i++)
        CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, bad_radices[i], 1, d, 0),
                    A9N_ERROR_INVALID_ARGUMENT);
    const uint64_t bad_bits[] = {0, A9N_GENERIC_MIN_BITS - 1, A9N_GENERIC_MAX_BITS + 1, 64,
                                 (uint64_t)1 << 32 | 12};
    for (size_t i = 0; i < sizeof(bad_bits) / sizeof(bad_bits[0]); i++)
        CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, bad_bits[i], 1, d, 0),
                    A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 0, d, 0),
                A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, 12, 0, d, 0),
                A9N_ERROR_INVALID_ARGUMENT);
    /* The smallest and largest valid sizes pass the argument checks. */
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, d, 0), A9N_OK);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_GENERIC, A9N_GENERIC_MIN_BITS, 1, d, 1),
             A9N_OK);
    fixture_fini(&f);
}

static void test_convert_destination_errors(void)
{
    struct fixture f;
    space_init(&f);
    CHECK_FAILS(&f,
                fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, A9N_DESCRIPTOR_INVALID, 0),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(&f,
                fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, A9N_DESCRIPTOR(0x20, 5), 0),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, A9N_DESCRIPTOR(0, 2), 0),
                A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, slot_of(FREE_SLOT), 0),
                A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f,
                fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1,
                                a9n_descriptor_child(slot_of(FREE_SLOT), 2, 0), 0),
                A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, generic(), 0),
                A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(&f,
                fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1,
                                a9n_descriptor_child(generic(), 2, 0), 0),
                A9N_ERROR_NOT_A_NODE);
    /* The destination node's capability needs WRITE; the generic's too. */
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, slot_of(D_READ_SLOT), 0),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* An occupied root slot, through depth 0; WRITE is all the generic needs. */
    CHECK_EQ(fixture_demote(&f, root, generic(), A9N_RIGHT_WRITE), A9N_OK);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, root, D_SLOT),
                A9N_ERROR_SLOT_OCCUPIED);
    CHECK_EQ(fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, root, FREE_SLOT), A9N_OK);
    CHECK_EQ(fixture_demote(&f, root, generic(), 0), A9N_OK);
    CHECK_FAILS(&f, fixture_convert(&f, generic(), A9N_OBJECT_NODE, 1, 1, slot_of(D_SLOT), 0),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_fini(&f);
}

int main(void)
{
    test_convert_nodes();
    test_convert_generics();
    test_get_info();
    test_device_memory();
    test_convert_atomic();
    test_not_enough_memory();
    test_convert_invalid_argument();
    test_convert_destination_errors();
    return check_summary();
}

/*
 * Host unit tests of the node operations (a9n/kernel/node.c) through the
 * capability call (a9n/kernel/capability_call.c): copy, move, mint, demote,
 * delete, revoke and inspect, each succeeding and failing with every error
 * its entry in a9n/api/a9n_api.json lists; every failure must leave the
 * whole capability space as it was (compared byte for byte). Also the
 * dispatch errors: unknown operation numbers and operations of another type.
 *
 * The space used (root radix 4): slot 4 holds node N (radix 2) with all
 * rights, slot 5 a READ-only and slot 6 a WRITE-only copy of N's capability;
 * slots 7 and up are empty.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fixture.h"

#define N_RADIX      2u
#define N_SLOT       4u
#define N_READ_SLOT  5u
#define N_WRITE_SLOT 6u
#define FREE_SLOT    7u
#define FREE_SLOT_2  8u

/* A rights bit outside A9N_RIGHTS_ALL (whose rights are the low bits). */
#define BAD_RIGHT ((uint64_t)A9N_RIGHTS_ALL + 1)
_Static_assert((BAD_RIGHT & A9N_RIGHTS_ALL) == 0, "BAD_RIGHT is no right");

static const a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;

static a9n_descriptor_t slot_of(unsigned index)
{
    return fixture_root_slot(index);
}

/* Slot `index` of N, from the root, through the copy of N's capability in root slot `via`. */
static a9n_descriptor_t n_slot(unsigned via, unsigned index)
{
    return a9n_descriptor_child(slot_of(via), N_RADIX, index);
}

/* A descriptor through the generic, which is not a node. */
static a9n_descriptor_t through_generic(void)
{
    return a9n_descriptor_child(slot_of(FIXTURE_SLOT_GENERIC), 2, 0);
}

static struct node *n_of(struct fixture *f)
{
    return node_of(&fixture_slot(f, N_SLOT)->capability);
}

static void space_init(struct fixture *f)
{
    fixture_init(f, 16);
    CHECK_EQ(fixture_convert(f, slot_of(FIXTURE_SLOT_GENERIC), A9N_OBJECT_NODE, N_RADIX, 1, root,
                             N_SLOT),
             A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(N_READ_SLOT), slot_of(N_SLOT), A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(fixture_copy(f, root, slot_of(N_WRITE_SLOT), slot_of(N_SLOT), A9N_RIGHT_WRITE),
             A9N_OK);
    /* N's slot 0 holds a copy of the root node's capability. */
    CHECK_EQ(fixture_copy(f, root, n_slot(N_SLOT, 0), slot_of(A9N_ROOT_SLOT_NODE), A9N_RIGHTS_ALL),
             A9N_OK);
}

/* Run `call`, expect `error`, and check that nothing changed. */
#define CHECK_FAILS(f, call, error)                                                                \
    do {                                                                                           \
        struct fixture_snapshot snapshot_;                                                         \
        fixture_snapshot_take(f, &snapshot_);                                                      \
        CHECK_EQ(call, error);                                                                     \
        CHECK(fixture_snapshot_unchanged(f, &snapshot_));                                          \
    } while (0)

/* Type and rights of the capability in root-relative slot `descriptor`. */
static uint64_t type_of(struct fixture *f, a9n_descriptor_t descriptor)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_inspect(f, root, descriptor, results), A9N_OK);
    return results[0];
}

static uint64_t rights_of(struct fixture *f, a9n_descriptor_t descriptor)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_inspect(f, root, descriptor, results), A9N_OK);
    return results[1];
}

/* Failures shared by copy and mint, whose first three arguments agree. */
static void check_derive_errors(struct fixture *f, uint64_t operation, uint64_t badge)
{
    const a9n_descriptor_t free_slot = slot_of(FREE_SLOT), source = slot_of(N_SLOT);
#define DERIVE(target, destination, source, rights)                                                \
    fixture_call(f, target, operation, FIXTURE_MR(destination, source, rights, badge), 0)
    CHECK_FAILS(f, DERIVE(root, free_slot, source, BAD_RIGHT), A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(f, DERIVE(root, free_slot, source, ~(uint64_t)0), A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(f, DERIVE(root, A9N_DESCRIPTOR_INVALID, source, A9N_RIGHTS_ALL),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(f, DERIVE(root, free_slot, A9N_DESCRIPTOR(0x30, 4), A9N_RIGHTS_ALL),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(f, DERIVE(root, root, source, A9N_RIGHTS_ALL), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(f, DERIVE(root, free_slot, A9N_DESCRIPTOR(1, 2), A9N_RIGHTS_ALL),
                A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(f, DERIVE(root, free_slot, slot_of(FREE_SLOT_2), A9N_RIGHTS_ALL),
                A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(f, DERIVE(root, n_slot(FREE_SLOT_2, 1), source, A9N_RIGHTS_ALL),
                A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(f, DERIVE(root, through_generic(), source, A9N_RIGHTS_ALL), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(f, DERIVE(root, free_slot, through_generic(), A9N_RIGHTS_ALL),
                A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(f, DERIVE(root, slot_of(FIXTURE_SLOT_GENERIC), source, A9N_RIGHTS_ALL),
                A9N_ERROR_SLOT_OCCUPIED);
    /* The invoked capability lacks WRITE. */
    CHECK_FAILS(f,
                DERIVE(slot_of(N_READ_SLOT), A9N_DESCRIPTOR(1, N_RADIX), A9N_DESCRIPTOR(0, N_RADIX),
                       A9N_RIGHTS_ALL),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* The invoked capability has WRITE, but the source's node (N itself) is not readable. */
    CHECK_FAILS(f,
                DERIVE(slot_of(N_WRITE_SLOT), A9N_DESCRIPTOR(1, N_RADIX),
                       A9N_DESCRIPTOR(0, N_RADIX), A9N_RIGHTS_ALL),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* The destination's node is reached through a READ-only capability, the source's through a
     * WRITE-only one. */
    CHECK_FAILS(f, DERIVE(root, n_slot(N_READ_SLOT, 1), source, A9N_RIGHTS_ALL),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(f, DERIVE(root, free_slot, n_slot(N_WRITE_SLOT, 0), A9N_RIGHTS_ALL),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(f, DERIVE(root, free_slot, slot_of(FIXTURE_SLOT_GENERIC), A9N_RIGHTS_ALL),
                A9N_ERROR_NOT_DERIVABLE);
    CHECK_FAILS(f, DERIVE(root, free_slot, slot_of(FIXTURE_SLOT_DEVICE), A9N_RIGHT_READ),
                A9N_ERROR_NOT_DERIVABLE);
    CHECK_FAILS(f, DERIVE(slot_of(FIXTURE_SLOT_GENERIC), free_slot, source, A9N_RIGHTS_ALL),
                A9N_ERROR_WRONG_TYPE);
#undef DERIVE
}

static void test_copy(void)
{
    struct fixture f;
    space_init(&f);
    struct node *n = n_of(&f);
    uint32_t references = n->header.reference_count;
    /* Unused message registers are ignored. */
    CHECK_EQ(fixture_call(&f, root, A9N_NODE_COPY,
                          FIXTURE_MR(slot_of(FREE_SLOT), slot_of(N_SLOT),
                                     A9N_RIGHT_READ | A9N_RIGHT_GRANT, 0xdead, 0xbeef),
                          0),
             A9N_OK);
    CHECK_EQ(type_of(&f, slot_of(FREE_SLOT)), A9N_OBJECT_NODE);
    CHECK_EQ(rights_of(&f, slot_of(FREE_SLOT)), A9N_RIGHT_READ | A9N_RIGHT_GRANT);
    CHECK(fixture_slot(&f, FREE_SLOT)->parent == fixture_slot(&f, N_SLOT));
    CHECK(node_of(&fixture_slot(&f, FREE_SLOT)->capability) == n);
    CHECK_EQ(n->header.reference_count, references + 1);
    /* Copying a copy keeps only what both have. */
    CHECK_EQ(fixture_copy(&f, root, slot_of(FREE_SLOT_2), slot_of(FREE_SLOT), A9N_RIGHTS_ALL),
             A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(FREE_SLOT_2)), A9N_RIGHT_READ | A9N_RIGHT_GRANT);
    CHECK(fixture_slot(&f, FREE_SLOT_2)->parent == fixture_slot(&f, FREE_SLOT));
    CHECK_EQ(fixture_delete(&f, root, slot_of(FREE_SLOT_2)), A9N_OK);
    CHECK_EQ(fixture_delete(&f, root, slot_of(FREE_SLOT)), A9N_OK);
    /* Within a node, through a capability to it with READ and WRITE. */
    CHECK_EQ(fixture_copy(&f, slot_of(N_SLOT), A9N_DESCRIPTOR(3, N_RADIX),
                          A9N_DESCRIPTOR(0, N_RADIX), A9N_RIGHT_WRITE),
             A9N_OK);
    CHECK_EQ(rights_of(&f, n_slot(N_SLOT, 3)), A9N_RIGHT_WRITE);
    CHECK_EQ(fixture_delete(&f, root, n_slot(N_SLOT, 3)), A9N_OK);
    check_derive_errors(&f, A9N_NODE_COPY, 0);
    fixture_fini(&f);
}

static void test_mint(void)
{
    struct fixture f;
    space_init(&f);
    CHECK_EQ(fixture_mint(&f, root, slot_of(FREE_SLOT), slot_of(N_READ_SLOT), A9N_RIGHTS_ALL, 0),
             A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(FREE_SLOT)), A9N_RIGHT_READ);
    CHECK(fixture_slot(&f, FREE_SLOT)->parent == fixture_slot(&f, N_READ_SLOT));
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(fixture_inspect(&f, root, slot_of(FREE_SLOT), results), A9N_OK);
    CHECK_EQ(results[2], 0);
    CHECK_EQ(fixture_delete(&f, root, slot_of(FREE_SLOT)), A9N_OK);
    check_derive_errors(&f, A9N_NODE_MINT, 0);
    /* No current type has a badge: a non-zero one is refused. */
    CHECK_FAILS(&f, fixture_mint(&f, root, slot_of(FREE_SLOT), slot_of(N_SLOT), A9N_RIGHTS_ALL, 1),
                A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(
        &f,
        fixture_mint(&f, root, slot_of(FREE_SLOT), slot_of(N_SLOT), A9N_RIGHTS_ALL, ~(uint64_t)0),
        A9N_ERROR_INVALID_ARGUMENT);
    fixture_fini(&f);
}

static void test_move(void)
{
    struct fixture f;
    space_init(&f);
    struct node *n = n_of(&f);
    uint32_t references = n->header.reference_count;
    struct slot *parent = fixture_slot(&f, N_SLOT)->parent;
    /* Move N's original capability, which has children, into N itself. */
    CHECK_EQ(fixture_move(&f, root, n_slot(N_WRITE_SLOT, 2), slot_of(N_SLOT)), A9N_OK);
    CHECK(slot_is_empty(fixture_slot(&f, N_SLOT)));
    CHECK_EQ(fixture_slot(&f, N_SLOT)->parent, 0);
    struct slot *moved = &n->slots[2];
    CHECK_EQ(moved->capability.type, A9N_OBJECT_NODE);
    CHECK(node_of(&moved->capability) == n);
    CHECK(moved->parent == parent);
    CHECK(fixture_slot(&f, N_READ_SLOT)->parent == moved);
    CHECK(fixture_slot(&f, N_WRITE_SLOT)->parent == moved);
    CHECK_EQ(n->header.reference_count, references);
    /* And back. */
    CHECK_EQ(fixture_move(&f, slot_of(N_WRITE_SLOT), A9N_DESCRIPTOR(1, N_RADIX),
                          A9N_DESCRIPTOR(2, N_RADIX)),
             A9N_OK);
    CHECK_EQ(fixture_move(&f, root, slot_of(N_SLOT), n_slot(N_WRITE_SLOT, 1)), A9N_OK);
    CHECK(fixture_slot(&f, N_READ_SLOT)->parent == fixture_slot(&f, N_SLOT));
    /* A generic moves, and keeps its memory and cursor. */
    struct capability generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC)->capability;
    CHECK_EQ(fixture_move(&f, root, slot_of(FREE_SLOT), slot_of(FIXTURE_SLOT_GENERIC)), A9N_OK);
    CHECK_EQ(fixture_slot(&f, FREE_SLOT)->capability.data, generic.data);
    CHECK_EQ(fixture_slot(&f, FREE_SLOT)->capability.object, generic.object);
    CHECK(fixture_slot(&f, N_SLOT)->parent == fixture_slot(&f, FREE_SLOT));
    CHECK_EQ(fixture_move(&f, root, slot_of(FIXTURE_SLOT_GENERIC), slot_of(FREE_SLOT)), A9N_OK);

    const a9n_descriptor_t free_slot = slot_of(FREE_SLOT), source = slot_of(N_SLOT);
    CHECK_FAILS(&f, fixture_move(&f, root, A9N_DESCRIPTOR_INVALID, source),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(&f, fixture_move(&f, root, free_slot, A9N_DESCRIPTOR(0x10, 4)),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(&f, fixture_move(&f, root, root, source), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(&f, fixture_move(&f, root, free_slot, root), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(&f, fixture_move(&f, root, free_slot, slot_of(FREE_SLOT_2)), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f, fixture_move(&f, root, n_slot(FREE_SLOT_2, 0), source), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f, fixture_move(&f, root, through_generic(), source), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(&f, fixture_move(&f, root, free_slot, through_generic()), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(&f, fixture_move(&f, root, slot_of(N_READ_SLOT), source), A9N_ERROR_SLOT_OCCUPIED);
    CHECK_FAILS(&f,
                fixture_move(&f, slot_of(N_READ_SLOT), A9N_DESCRIPTOR(1, N_RADIX),
                             A9N_DESCRIPTOR(0, N_RADIX)),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* Move empties its source, so the source's node needs WRITE too. */
    CHECK_FAILS(&f, fixture_move(&f, root, free_slot, n_slot(N_READ_SLOT, 0)),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_move(&f, root, n_slot(N_READ_SLOT, 1), source),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_move(&f, slot_of(FIXTURE_SLOT_GENERIC), free_slot, source),
                A9N_ERROR_WRONG_TYPE);
    fixture_fini(&f);
}

static void test_demote(void)
{
    struct fixture f;
    space_init(&f);
    CHECK_EQ(fixture_demote(&f, root, slot_of(N_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(N_SLOT)), A9N_RIGHTS_ALL);
    CHECK_EQ(fixture_demote(&f, root, slot_of(N_SLOT), A9N_RIGHT_READ | A9N_RIGHT_WRITE), A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(N_SLOT)), A9N_RIGHT_READ | A9N_RIGHT_WRITE);
    /* Demote never adds a right. */
    CHECK_EQ(fixture_demote(&f, root, slot_of(N_READ_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(N_READ_SLOT)), A9N_RIGHT_READ);
    CHECK_EQ(fixture_demote(&f, root, slot_of(FIXTURE_SLOT_GENERIC), A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(FIXTURE_SLOT_GENERIC)), A9N_RIGHT_READ);
    CHECK_EQ(fixture_demote(&f, root, slot_of(N_WRITE_SLOT), 0), A9N_OK);
    CHECK_EQ(rights_of(&f, slot_of(N_WRITE_SLOT)), 0);

    CHECK_FAILS(&f, fixture_demote(&f, root, slot_of(N_SLOT), BAD_RIGHT),
                A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(&f, fixture_demote(&f, root, slot_of(N_SLOT), (uint64_t)1 << 63),
                A9N_ERROR_INVALID_ARGUMENT);
    CHECK_FAILS(&f, fixture_demote(&f, root, A9N_DESCRIPTOR(1, 57), 0),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(&f, fixture_demote(&f, root, root, 0), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(&f, fixture_demote(&f, root, slot_of(FREE_SLOT), 0), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f, fixture_demote(&f, root, through_generic(), 0), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(&f, fixture_demote(&f, root, n_slot(N_READ_SLOT, 0), 0),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_demote(&f, slot_of(N_READ_SLOT), A9N_DESCRIPTOR(0, N_RADIX), 0),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    fixture_fini(&f);
}

/* Errors shared by delete and revoke, which take one full slot in a writable node. */
static void check_single_slot_errors(struct fixture *f, uint64_t operation)
{
#define SINGLE(target, slot) fixture_call(f, target, operation, FIXTURE_MR(slot), 0)
    CHECK_FAILS(f, SINGLE(root, A9N_DESCRIPTOR_INVALID), A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(f, SINGLE(root, A9N_DESCRIPTOR(0x1f, 4)), A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_FAILS(f, SINGLE(root, root), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(f, SINGLE(root, A9N_DESCRIPTOR(0, 3)), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(f, SINGLE(root, slot_of(FREE_SLOT)), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(f, SINGLE(root, n_slot(FREE_SLOT, 0)), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(f, SINGLE(root, through_generic()), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(f, SINGLE(root, n_slot(N_READ_SLOT, 0)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(f, SINGLE(slot_of(N_READ_SLOT), A9N_DESCRIPTOR(0, N_RADIX)),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(f, SINGLE(slot_of(FIXTURE_SLOT_GENERIC), slot_of(N_SLOT)), A9N_ERROR_WRONG_TYPE);
#undef SINGLE
}

static void test_delete(void)
{
    struct fixture f;
    space_init(&f);
    struct node *n = n_of(&f);
    uint32_t references = n->header.reference_count;
    CHECK_EQ(fixture_delete(&f, root, slot_of(N_WRITE_SLOT)), A9N_OK);
    CHECK(slot_is_empty(fixture_slot(&f, N_WRITE_SLOT)));
    CHECK_EQ(type_of(&f, slot_of(N_WRITE_SLOT)), A9N_OBJECT_NONE);
    CHECK_EQ(n->header.reference_count, references - 1);
    /* Through the node itself, with a WRITE capability to it. */
    CHECK_EQ(fixture_delete(&f, slot_of(N_SLOT), A9N_DESCRIPTOR(0, N_RADIX)), A9N_OK);
    CHECK(slot_is_empty(&n->slots[0]));
    CHECK_EQ(f.root->header.reference_count, 2);
    check_single_slot_errors(&f, A9N_NODE_DELETE);
    fixture_fini(&f);
}

static void test_revoke(void)
{
    struct fixture f;
    space_init(&f);
    struct node *n = n_of(&f);
    CHECK_EQ(fixture_revoke(&f, root, slot_of(N_SLOT)), A9N_OK);
    CHECK_EQ(fixture_slot(&f, N_SLOT)->first_child, 0);
    CHECK(slot_is_empty(fixture_slot(&f, N_READ_SLOT)));
    CHECK(slot_is_empty(fixture_slot(&f, N_WRITE_SLOT)));
    CHECK_EQ(type_of(&f, slot_of(N_SLOT)), A9N_OBJECT_NODE);
    CHECK_EQ(n->header.reference_count, 1);
    /* Revoking a capability without children changes nothing and succeeds. */
    CHECK_EQ(fixture_revoke(&f, root, slot_of(N_SLOT)), A9N_OK);
    CHECK_EQ(type_of(&f, slot_of(N_SLOT)), A9N_OBJECT_NODE);
    CHECK_EQ(fixture_copy(&f, root, slot_of(N_READ_SLOT), slot_of(N_SLOT), A9N_RIGHT_READ), A9N_OK);
    check_single_slot_errors(&f, A9N_NODE_REVOKE);
    fixture_fini(&f);
}

static void test_inspect(void)
{
    struct fixture f;
    space_init(&f);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    /* Results fill MR0..MR2; the other message registers keep what the caller put there. */
    CHECK_EQ(fixture_call(&f, root, A9N_NODE_INSPECT,
                          FIXTURE_MR(slot_of(N_READ_SLOT), 11, 12, 13, 14, 15, 16, 17), results),
             A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_NODE);
    CHECK_EQ(results[1], A9N_RIGHT_READ);
    CHECK_EQ(results[2], 0);
    for (unsigned i = 3; i < A9N_MESSAGE_REGISTERS; i++)
        CHECK_EQ(results[i], 10 + i);
    CHECK_EQ(fixture_inspect(&f, root, slot_of(FIXTURE_SLOT_DEVICE), results), A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_GENERIC);
    CHECK_EQ(results[1], A9N_RIGHTS_ALL);
    CHECK_EQ(fixture_inspect(&f, root, slot_of(FREE_SLOT), results), A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_NONE);
    CHECK_EQ(results[1], 0);
    CHECK_EQ(results[2], 0);
    /* READ on the invoked capability and on the node the slot sits in is enough. */
    CHECK_EQ(fixture_inspect(&f, slot_of(N_READ_SLOT), A9N_DESCRIPTOR(0, N_RADIX), results),
             A9N_OK);
    CHECK_EQ(results[0], A9N_OBJECT_NODE);
    CHECK_EQ(fixture_inspect(&f, root, n_slot(N_READ_SLOT, 0), results), A9N_OK);

    /* A failed call leaves the message registers as the caller set them. */
    CHECK_FAILS(&f,
                fixture_call(&f, root, A9N_NODE_INSPECT,
                             FIXTURE_MR(A9N_DESCRIPTOR_INVALID, 21, 22, 23), results),
                A9N_ERROR_MALFORMED_DESCRIPTOR);
    CHECK_EQ(results[0], A9N_DESCRIPTOR_INVALID);
    CHECK_EQ(results[1], 21);
    CHECK_EQ(results[2], 22);
    CHECK_FAILS(&f, fixture_inspect(&f, root, root, results), A9N_ERROR_INVALID_DEPTH);
    CHECK_FAILS(&f, fixture_inspect(&f, root, A9N_DESCRIPTOR(0, 3), results),
                A9N_ERROR_INVALID_DEPTH);
    /* An empty slot on the path (not in inspect's error list of a9n_api.json, but a lookup
     * error every slot argument can meet). */
    CHECK_FAILS(&f, fixture_inspect(&f, root, n_slot(FREE_SLOT, 0), results), A9N_ERROR_EMPTY_SLOT);
    CHECK_FAILS(&f, fixture_inspect(&f, root, through_generic(), results), A9N_ERROR_NOT_A_NODE);
    CHECK_FAILS(&f, fixture_inspect(&f, slot_of(N_WRITE_SLOT), A9N_DESCRIPTOR(0, N_RADIX), results),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_inspect(&f, root, n_slot(N_WRITE_SLOT, 0), results),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_inspect(&f, slot_of(FIXTURE_SLOT_GENERIC), slot_of(N_SLOT), results),
                A9N_ERROR_WRONG_TYPE);
    fixture_fini(&f);
}

static void test_dispatch_errors(void)
{
    struct fixture f;
    space_init(&f);
    const uint64_t unknown[] = {
        0,
        A9N_NODE_COPY & 0xff00,               /* node operation 0 */
        A9N_NODE_INSPECT + 1,                 /* one past the last node operation */
        0x1ff,                                /* node operation 255 */
        A9N_GENERIC_GET_INFO + 1,             /* one past the last generic operation */
        A9N_OBJECT_NONE << 8 | 1,             /* the type of empty slots has none */
        0xff01,                               /* type 255 */
        (uint64_t)1 << 16 | A9N_NODE_COPY,    /* bits above the type */
        (uint64_t)1 << 63 | A9N_NODE_INSPECT, /* the top bit */
        ~(uint64_t)0,
    };
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
        CHECK_FAILS(&f, fixture_call(&f, root, unknown[i], FIXTURE_MR(slot_of(N_SLOT)), 0),
                    A9N_ERROR_UNKNOWN_CALL);
        CHECK_FAILS(&f,
                    fixture_call(&f, slot_of(FIXTURE_SLOT_GENERIC), unknown[i],
                                 FIXTURE_MR(slot_of(N_SLOT)), 0),
                    A9N_ERROR_UNKNOWN_CALL);
    }
    /* Each operation on a capability of the other type. */
    const uint64_t node_operations[] = {A9N_NODE_COPY,   A9N_NODE_MOVE,   A9N_NODE_MINT,
                                        A9N_NODE_DEMOTE, A9N_NODE_DELETE, A9N_NODE_REVOKE,
                                        A9N_NODE_INSPECT};
    for (size_t i = 0; i < sizeof(node_operations) / sizeof(node_operations[0]); i++)
        CHECK_FAILS(&f,
                    fixture_call(&f, slot_of(FIXTURE_SLOT_GENERIC), node_operations[i],
                                 FIXTURE_MR(slot_of(FREE_SLOT), slot_of(N_SLOT)), 0),
                    A9N_ERROR_WRONG_TYPE);
    CHECK_FAILS(&f, fixture_convert(&f, root, A9N_OBJECT_NODE, 1, 1, root, FREE_SLOT),
                A9N_ERROR_WRONG_TYPE);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_FAILS(&f, fixture_get_info(&f, slot_of(N_SLOT), results), A9N_ERROR_WRONG_TYPE);
    /* The invoked capability's own rights: inspect needs READ, the others WRITE. */
    CHECK_FAILS(&f, fixture_inspect(&f, slot_of(N_WRITE_SLOT), A9N_DESCRIPTOR(0, 2), results),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_FAILS(&f, fixture_delete(&f, slot_of(N_READ_SLOT), A9N_DESCRIPTOR(0, 2)),
                A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* An empty target is reported before its operation is looked at. */
    CHECK_FAILS(&f, fixture_call(&f, slot_of(FREE_SLOT), 0, FIXTURE_MR(0), 0),
                A9N_ERROR_EMPTY_SLOT);
    fixture_fini(&f);
}

int main(void)
{
    test_copy();
    test_mint();
    test_move();
    test_demote();
    test_delete();
    test_revoke();
    test_inspect();
    test_dispatch_errors();
    return check_summary();
}

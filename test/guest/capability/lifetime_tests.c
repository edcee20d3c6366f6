/*
 * Capability-suite tests of derivation and object lifetime: revoke, delete,
 * destruction of nodes with their contents, and a long run of hostile calls.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>
#include <koito/boot.h>

void test_revoke_removes_every_descendant(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    /* scratch 0 <- 1 <- 2 <- 3, and 0 <- 4, and a descendant inside a converted node. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHTS_ALL), A9N_OK);
    for (unsigned n = 1; n < 4; n++)
        GUEST_CHECK_EQ(
            a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(n), scratch(n - 1), A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(4), scratch(0), A9N_RIGHTS_ALL),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 2, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + 5, 0),
                   A9N_OK);
    a9n_descriptor_t inner = a9n_descriptor_child(scratch(5), 2, 3);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, inner, scratch(2), A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NODE);
    for (unsigned n = 1; n < 5; n++)
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(inner), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(5)), A9N_OBJECT_NODE);
    /* Revoking a capability without descendants changes nothing. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(0)), A9N_OBJECT_NODE);
    fixture_end();
}

void test_delete_keeps_descendants(void)
{
    fixture_begin();
    a9n_descriptor_t root = root_slot(A9N_ROOT_SLOT_NODE);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root, A9N_RIGHTS_ALL), A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), scratch(0), A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), scratch(1), A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(1)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(1)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NODE);
    /* scratch 2 now hangs under scratch 0: revoking 0 reaches it. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(2)), A9N_OBJECT_NONE);
    fixture_end();
}

void test_last_capability_destroys_node(void)
{
    fixture_begin();
    /* Node A (scratch 0) holds the only capability to node B, which holds the only
     * capability to node C. Deleting A's one capability destroys all three, which the
     * generic shows by being whole again. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 3, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 3, 1, scratch(0), 1, 0),
                   A9N_OK);
    a9n_descriptor_t b = a9n_descriptor_child(scratch(0), 3, 1);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 3, 1, b, 7, 0), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size - 3 * node_bytes(3));
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
    fixture_end();
}

void test_node_holding_itself(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 2, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(
        a9n_node_copy(scratch(0), A9N_DESCRIPTOR(0, 2), A9N_DESCRIPTOR_ROOT, A9N_RIGHTS_ALL),
        A9N_ERROR_INVALID_DEPTH);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, a9n_descriptor_child(scratch(0), 2, 0),
                                 scratch(0), A9N_RIGHTS_ALL),
                   A9N_OK);
    /* With its outside capability gone the node still names itself, so it lives... */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(0)), A9N_OK);
    GUEST_CHECK(generic_free(fixture_generic) < fixture_generic_size);
    /* ...until its memory's generic is revoked (fixture_end checks it is whole). */
    fixture_end();
}

/* A small deterministic generator for the hostile run. */
static uint64_t hostile_state = 0x9e3779b97f4a7c15ull;

static uint64_t hostile_next(void)
{
    hostile_state ^= hostile_state << 13;
    hostile_state ^= hostile_state >> 7;
    hostile_state ^= hostile_state << 17;
    return hostile_state;
}

/* Mostly plausible descriptors (scratch slots, nested a little), sometimes garbage. */
static a9n_descriptor_t hostile_descriptor(void)
{
    uint64_t pick = hostile_next();
    switch (pick % 5) {
    case 0:
        return hostile_next();
    case 1:
        return a9n_descriptor_child(scratch((unsigned)(pick >> 8) % FIXTURE_SCRATCH_COUNT),
                                    (unsigned)(pick >> 16) % 5, (pick >> 24) % 16);
    default:
        return scratch((unsigned)(pick >> 8) % FIXTURE_SCRATCH_COUNT);
    }
}

static uint64_t hostile_word(void)
{
    uint64_t pick = hostile_next();
    return pick % 3 == 0 ? hostile_next() : (pick >> 8) % 24;
}

void test_hostile_calls(void)
{
    fixture_begin();
    /* Give the run something to work on: a few nodes and a child generic. */
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 3, 4, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_GENERIC, 20, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + 4, 0),
                   A9N_OK);
    static const uint64_t operations[] = {
        A9N_NODE_COPY,    A9N_NODE_MOVE,       A9N_NODE_MINT,
        A9N_NODE_DEMOTE,  A9N_NODE_DELETE,     A9N_NODE_REVOKE,
        A9N_NODE_INSPECT, A9N_GENERIC_CONVERT, A9N_GENERIC_GET_INFO,
    };
    unsigned ok = 0;
    for (unsigned i = 0; i < 4000; i++) {
        uint64_t mr[A9N_MESSAGE_REGISTERS];
        for (unsigned m = 0; m < A9N_MESSAGE_REGISTERS; m++)
            mr[m] = m % 2 ? hostile_word() : hostile_descriptor();
        uint64_t pick = hostile_next();
        uint64_t operation =
            pick % 7 == 0 ? hostile_next()
                          : operations[(pick >> 8) % (sizeof(operations) / sizeof(operations[0]))];
        a9n_descriptor_t target = pick % 11 == 0 ? fixture_generic : hostile_descriptor();
        /* Descriptors name scratch slots, the test generic or garbage, never the
         * root server's own slots. */
        enum a9n_error error = a9n_capability_call(target, operation, mr);
        GUEST_CHECK(error <= A9N_ERROR_NOT_DERIVABLE);
        ok += error == A9N_OK;
    }
    GUEST_CHECK(ok > 0);
    fixture_end();
    /* The root server's own capabilities came through untouched. */
    GUEST_CHECK_EQ(slot_type(root_slot(A9N_ROOT_SLOT_NODE)), A9N_OBJECT_NODE);
    const struct a9n_root_info *info = koito_root_info();
    for (unsigned i = 0; i < info->generic_count; i++)
        GUEST_CHECK_EQ(slot_type(root_slot(a9n_root_info_generics(info)[i].slot)),
                       A9N_OBJECT_GENERIC);
}

/*
 * Host unit tests of preemption points and restarted calls (a9n/kernel:
 * preempt.c, capability_call.c, derivation.c, node.c, object.c, generic.c)
 * through the capability call, with the fake HAL's interrupt controller
 * saying an interrupt is pending (fake_hal.h):
 *   - revoke of a 65,536-capability chain is linear (it finishes in well
 *     under a second; the quadratic walk it replaced took minutes here), and
 *     with an interrupt always pending a chain of 4,096 is entered again and
 *     again, each entry doing PREEMPT_STEPS_PER_CHECK constant-time steps
 *     (a lift or a deletion, from the chain's far end), until it reports
 *     A9N_OK;
 *   - deleting the last capability of a 4,096-slot node destroys it over
 *     many entries: the call is done at once (its slot is empty), and
 *     finishes destroying through CAPABILITY_CALL_CONTINUE before reporting;
 *   - deleting a slot with 4,096 children lifts them a few per entry;
 *   - a revoke that lifted every child of a child generic away, stopped
 *     there, leaves that generic's cursor covering them (no conversion from
 *     it can hand their memory out), and the cursor goes back only when the
 *     last one is deleted;
 *   - a conversion zeroing 4 MiB stops after every 32 KiB chunk, changes
 *     nothing visible until it completes, records its progress in the
 *     generic's slot, skips what it recorded when run again, and clears the
 *     record when it completes; a record for another offset is ignored.
 * Between two entries (fixture.between_entries) each test checks what a
 * user or another thread could see then.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fake_hal.h"
#include "fixture.h"

#include <kernel/capability_call.h>
#include <kernel/preempt.h>
#include <string.h>
#include <time.h>

#define GENERIC_BITS 23u /* 8 MiB: a node of 2^16 slots and room to spare */
#define BIG_SLOT     4u  /* root slot of the test's big node */
#define BIG_RADIX    16u
#define CHAIN        (1u << BIG_RADIX)

static const a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;

static struct node *big_node(struct fixture *f)
{
    return node_of(&fixture_slot(f, BIG_SLOT)->capability);
}

/* Slot `index` of the node of 2^radix slots in root slot `slot`, from the root. */
static a9n_descriptor_t inside(unsigned slot, unsigned radix, unsigned index)
{
    return A9N_DESCRIPTOR((uint64_t)slot << radix | index, FIXTURE_ROOT_RADIX + radix);
}

static a9n_descriptor_t big(unsigned index)
{
    return inside(BIG_SLOT, BIG_RADIX, index);
}

/* A node of 2^radix slots from the fixture's generic into root slot `slot`. */
static void make_node(struct fixture *f, unsigned slot, unsigned radix)
{
    CHECK_EQ(fixture_convert(f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_OBJECT_NODE, radix, 1,
                             root, slot),
             A9N_OK);
}

static unsigned full_slots(const struct node *node)
{
    unsigned count = 0;
    for (uint64_t i = 0; i < node_slot_count(node); i++)
        count += !slot_is_empty(&node->slots[i]);
    return count;
}

/* ---- revoke ---- */

#define SHORT_CHAIN 4096u

static unsigned chain_left; /* full chain slots at the last look between entries */
static bool chain_consistent;

/* The chain is cut from its far end: what is left is a prefix, each link
 * still below the revoked capability (a child of the link before, or lifted
 * up to the revoked capability itself), and it never grows. */
static void check_chain(struct fixture *f)
{
    struct node *node = big_node(f);
    struct slot *revoked = fixture_slot(f, BIG_SLOT);
    unsigned left = 0;
    while (left < SHORT_CHAIN && !slot_is_empty(&node->slots[left]))
        left++;
    for (unsigned i = left; i < SHORT_CHAIN; i++)
        chain_consistent &= slot_is_empty(&node->slots[i]);
    for (unsigned i = 1; i < left; i++)
        chain_consistent &=
            node->slots[i].parent == &node->slots[i - 1] || node->slots[i].parent == revoked;
    chain_consistent &= left <= chain_left;
    chain_left = left;
}

static void build_chain(struct fixture *f, unsigned length)
{
    CHECK_EQ(fixture_copy(f, root, big(0), fixture_root_slot(BIG_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    enum a9n_error error = A9N_OK;
    for (unsigned i = 1; i < length && error == A9N_OK; i++)
        error =
            fixture_call(f, root, A9N_NODE_COPY, FIXTURE_MR(big(i), big(i - 1), A9N_RIGHTS_ALL), 0);
    CHECK_EQ(error, A9N_OK);
    CHECK_EQ(full_slots(big_node(f)), length);
}

static void test_revoke_chain_is_linear(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_node(&f, BIG_SLOT, BIG_RADIX);
    build_chain(&f, CHAIN);
    clock_t start = clock();
    CHECK_EQ(fixture_revoke(&f, root, fixture_root_slot(BIG_SLOT)), A9N_OK);
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    CHECK(seconds < 1.0);
    CHECK_EQ(f.entries, 1);
    CHECK_EQ(full_slots(big_node(&f)), 0);
    CHECK_EQ(fixture_slot(&f, BIG_SLOT)->first_child, 0);
    CHECK_EQ(big_node(&f)->header.reference_count, 1);
    fixture_fini(&f);
}

static void test_revoke_restarts_until_done(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_node(&f, BIG_SLOT, BIG_RADIX);
    build_chain(&f, SHORT_CHAIN);
    chain_left = SHORT_CHAIN;
    chain_consistent = true;
    f.between_entries = check_chain;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_revoke(&f, root, fixture_root_slot(BIG_SLOT)), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(chain_consistent);
    /* 4,095 lifts and 4,096 deletions; every entry but perhaps the first makes exactly
     * PREEMPT_STEPS_PER_CHECK of them. */
    CHECK(f.entries >= (2 * SHORT_CHAIN - 1) / PREEMPT_STEPS_PER_CHECK);
    CHECK(f.entries <= (2 * SHORT_CHAIN - 1) / PREEMPT_STEPS_PER_CHECK + 2);
    CHECK_EQ(full_slots(big_node(&f)), 0);
    CHECK_EQ(big_node(&f)->header.reference_count, 1);
    fixture_fini(&f);
}

/* ---- deleting a large node ---- */

#define DOOMED_SLOT  5u
#define DOOMED_RADIX 12u

static unsigned continuations;
static bool delete_looked_done;

static void check_delete_done(struct fixture *f)
{
    continuations += f->thread.context.rax == CAPABILITY_CALL_CONTINUE;
    delete_looked_done &= slot_is_empty(fixture_slot(f, DOOMED_SLOT)) && f->thread.call_continues;
}

static void test_delete_large_node_continues(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_node(&f, DOOMED_SLOT, DOOMED_RADIX);
    struct node *doomed = node_of(&fixture_slot(&f, DOOMED_SLOT)->capability);
    uint32_t root_references = f.root->header.reference_count;
    /* Every slot holds a copy of the root node's capability; one holds a
     * nested node, itself full, whose last capability is there. */
    for (unsigned i = 1; i < (1u << DOOMED_RADIX); i++)
        CHECK_EQ(fixture_copy(&f, root, inside(DOOMED_SLOT, DOOMED_RADIX, i),
                              fixture_root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHTS_ALL),
                 A9N_OK);
    make_node(&f, 6, 8);
    for (unsigned i = 0; i < 256; i++)
        CHECK_EQ(fixture_copy(&f, root, inside(6, 8, i), fixture_root_slot(A9N_ROOT_SLOT_NODE),
                              A9N_RIGHTS_ALL),
                 A9N_OK);
    struct node *nested = node_of(&fixture_slot(&f, 6)->capability);
    CHECK_EQ(
        fixture_move(&f, root,
                     A9N_DESCRIPTOR(DOOMED_SLOT << DOOMED_RADIX, FIXTURE_ROOT_RADIX + DOOMED_RADIX),
                     fixture_root_slot(6)),
        A9N_OK);
    CHECK_EQ(f.root->header.reference_count, root_references + (1u << DOOMED_RADIX) - 1 + 256);

    continuations = 0;
    delete_looked_done = true;
    f.between_entries = check_delete_done;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_delete(&f, root, fixture_root_slot(DOOMED_SLOT)), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(delete_looked_done);
    CHECK(continuations > 1);
    CHECK(f.entries >= ((1u << DOOMED_RADIX) + 256) / PREEMPT_STEPS_PER_CHECK);
    CHECK(!f.thread.call_continues);
    CHECK_EQ(doomed->header.reference_count, 0);
    CHECK_EQ(nested->header.reference_count, 0);
    CHECK_EQ(full_slots(doomed), 0);
    CHECK_EQ(full_slots(nested), 0);
    CHECK_EQ(f.root->header.reference_count, root_references);
    fixture_fini(&f);
}

/* ---- deleting a slot with many children ---- */

#define CHILDREN 4096u

static bool children_consistent;

/* Each child hangs either from the slot being deleted, which keeps at least
 * one, or from its parent, the big node's own capability. */
static void check_children(struct fixture *f)
{
    struct node *node = big_node(f);
    struct slot *parent = fixture_slot(f, BIG_SLOT);
    children_consistent &= !slot_is_empty(&node->slots[0]) && node->slots[0].first_child;
    for (unsigned i = 1; i <= CHILDREN; i++)
        children_consistent &=
            node->slots[i].parent == &node->slots[0] || node->slots[i].parent == parent;
}

static void test_delete_lifts_children_in_steps(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_node(&f, BIG_SLOT, BIG_RADIX);
    CHECK_EQ(fixture_copy(&f, root, big(0), fixture_root_slot(BIG_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    for (unsigned i = 1; i <= CHILDREN; i++)
        CHECK_EQ(fixture_copy(&f, root, big(i), big(0), A9N_RIGHT_READ), A9N_OK);
    children_consistent = true;
    f.between_entries = check_children;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_delete(&f, root, big(0)), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(children_consistent);
    CHECK(f.entries >= CHILDREN / PREEMPT_STEPS_PER_CHECK);
    struct node *node = big_node(&f);
    CHECK(slot_is_empty(&node->slots[0]));
    unsigned lifted = 0;
    for (unsigned i = 1; i <= CHILDREN; i++)
        lifted += node->slots[i].parent == fixture_slot(&f, BIG_SLOT);
    CHECK_EQ(lifted, CHILDREN);
    fixture_fini(&f);
}

/* ---- a child generic emptied by lifts ---- */

#define CHILD_GENERIC_SLOT 9u
#define CHILD_NODES        4u

static bool lifted_away_seen;
static bool lifted_away_covered;

static void check_child_generic(struct fixture *f)
{
    struct slot *child = fixture_slot(f, CHILD_GENERIC_SLOT);
    if (slot_is_empty(child) || child->first_child)
        return;
    lifted_away_seen = true;
    /* Another thread asks for its free memory now: the caller's registers are kept aside, as
     * the kernel keeps each thread's. */
    struct hal_context saved = f->thread.context;
    void (*hook)(struct fixture *) = f->between_entries;
    f->between_entries = 0;
    uint64_t results[A9N_MESSAGE_REGISTERS];
    lifted_away_covered &=
        fixture_get_info(f, fixture_root_slot(CHILD_GENERIC_SLOT), results) == A9N_OK &&
        results[0] - results[1] >= CHILD_NODES * node_size(4);
    f->between_entries = hook;
    f->thread.context = saved;
}

static void test_revoke_keeps_lifted_generic_covered(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    a9n_descriptor_t generic = fixture_root_slot(FIXTURE_SLOT_GENERIC);
    CHECK_EQ(fixture_convert(&f, generic, A9N_OBJECT_GENERIC, 16, 1, root, CHILD_GENERIC_SLOT),
             A9N_OK);
    CHECK_EQ(fixture_convert(&f, fixture_root_slot(CHILD_GENERIC_SLOT), A9N_OBJECT_NODE, 4,
                             CHILD_NODES, root, CHILD_GENERIC_SLOT + 1),
             A9N_OK);
    /* A leaf first in the generic's list: one step, so the last lift out of the child generic
     * is step 2 * CHILD_NODES = 8, where the revoke stops. */
    CHECK_EQ(fixture_convert(&f, generic, A9N_OBJECT_NODE, 1, 1, root, 14), A9N_OK);
    preempt_check(); /* starts the step count afresh */
    preempt_take();
    lifted_away_seen = false;
    lifted_away_covered = true;
    f.between_entries = check_child_generic;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_revoke(&f, root, generic), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(lifted_away_seen);
    CHECK(lifted_away_covered);
    CHECK(slot_is_empty(fixture_slot(&f, CHILD_GENERIC_SLOT)));
    /* Its last child deleted, the generic hands its memory out again from the start. */
    CHECK_EQ(fixture_slot(&f, FIXTURE_SLOT_GENERIC)->capability.data, 0);
    make_node(&f, 8, 4);
    CHECK_EQ((uint8_t *)node_of(&fixture_slot(&f, 8)->capability), f.generic_memory);
    fixture_fini(&f);
}

/* ---- zeroing a conversion ---- */

#define CONVERT_SLOT 7u
#define ZERO_CHUNK   (UINT64_C(1) << 15)

static uint64_t generic_data_before;
static bool conversion_invisible;

/* Until it completes, a conversion has made nothing and handed out nothing;
 * its record names the offset it zeroes from. */
static void check_conversion_invisible(struct fixture *f)
{
    struct slot *generic = fixture_slot(f, FIXTURE_SLOT_GENERIC);
    conversion_invisible &= slot_is_empty(fixture_slot(f, CONVERT_SLOT)) &&
                            generic->capability.data == generic_data_before &&
                            generic->first_child == 0 && generic->reserved == 1;
}

static void test_convert_zeroes_in_chunks(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    generic_data_before = generic->capability.data;
    conversion_invisible = true;
    f.between_entries = check_conversion_invisible;
    fake_hal_pending_interrupts = UINT32_MAX;
    make_node(&f, CONVERT_SLOT, BIG_RADIX);
    fake_hal_pending_interrupts = 0;
    CHECK(conversion_invisible);
    uint64_t size = node_size(BIG_RADIX);
    CHECK_EQ(f.entries, (size + ZERO_CHUNK - 1) / ZERO_CHUNK);
    CHECK_EQ(slot_is_empty(fixture_slot(&f, CONVERT_SLOT)), false);
    struct node *node = node_of(&fixture_slot(&f, CONVERT_SLOT)->capability);
    CHECK_EQ(full_slots(node), 0);
    static const struct slot blank;
    bool zeroed = true;
    for (uint64_t i = 0; i < node_slot_count(node); i++)
        zeroed &= memcmp(&node->slots[i], &blank, sizeof(blank)) == 0;
    CHECK(zeroed);
    /* The record is gone once the conversion completed. */
    CHECK_EQ(generic->reserved, 0);
    CHECK_EQ(generic->capability.reserved, 0);
    fixture_fini(&f);
}

/* Between the first and the second entry, write into the chunk the first
 * one zeroed: run again, the conversion skips it (it made progress). */
static void dirty_first_chunk(struct fixture *f)
{
    f->generic_memory[ZERO_CHUNK - 1] = 0x77;
}

static void test_convert_skips_recorded_chunks(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    f.between_entries = dirty_first_chunk;
    fake_hal_pending_interrupts = 1;
    make_node(&f, CONVERT_SLOT, BIG_RADIX);
    CHECK_EQ(f.entries, 2);
    CHECK_EQ(f.generic_memory[ZERO_CHUNK - 1], 0x77);
    CHECK_EQ(f.generic_memory[ZERO_CHUNK], 0);
    fixture_fini(&f);
}

/* One entry of a call, as user code makes it: false if the kernel restarted it. */
static bool one_entry(struct fixture *f, a9n_descriptor_t target, uint64_t operation,
                      const uint64_t arguments[A9N_MESSAGE_REGISTERS])
{
    struct hal_context *c = &f->thread.context;
    c->rax = A9N_KERNEL_CALL_CAPABILITY;
    c->rdi = target;
    c->rsi = operation;
    uint64_t *registers[A9N_MESSAGE_REGISTERS] = {&c->rdx, &c->r10, &c->r8,  &c->r9,
                                                  &c->r12, &c->r13, &c->r14, &c->r15};
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++)
        *registers[i] = arguments[i];
    c->rip = c->rcx = 0x401002;
    capability_call(&f->thread);
    return c->rip == 0x401002;
}

static void test_convert_ignores_other_records(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    /* A conversion stopped after one chunk, then abandoned. */
    fake_hal_pending_interrupts = 1;
    CHECK(!one_entry(&f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_GENERIC_CONVERT,
                     FIXTURE_MR(A9N_OBJECT_NODE, BIG_RADIX, 1, root, CONVERT_SLOT)));
    CHECK_EQ(generic->reserved, 1);
    CHECK_EQ(generic->capability.reserved, 1);
    /* Another conversion completes: it clears the record. */
    make_node(&f, 8, 4);
    CHECK_EQ(generic->reserved, 0);
    /* The abandoned one, run again at its new offset, zeroes all it hands out. */
    f.generic_memory[ZERO_CHUNK - 1] = 0x77;
    make_node(&f, CONVERT_SLOT, BIG_RADIX);
    CHECK_EQ(f.entries, 1);
    CHECK_EQ(f.generic_memory[ZERO_CHUNK - 1], 0);
    fixture_fini(&f);
}

int main(void)
{
    test_revoke_chain_is_linear();
    test_revoke_restarts_until_done();
    test_delete_large_node_continues();
    test_delete_lifts_children_in_steps();
    test_revoke_keeps_lifted_generic_covered();
    test_convert_zeroes_in_chunks();
    test_convert_skips_recorded_chunks();
    test_convert_ignores_other_records();
    return check_summary();
}

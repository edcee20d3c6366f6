/*
 * Host unit tests of the restartable node.move, node.demote and the object
 * making phase of generic.convert (a9n/kernel: derivation.c, node.c,
 * generic.c, slot.c), through the capability call with the fake HAL's
 * interrupt controller saying an interrupt is pending (fake_hal.h):
 *   - moving a slot with 4,096 children adopts them into a move target a few
 *     per entry; between entries the source is untouched, the target is its
 *     child and every child hangs from one of the two; at the end the
 *     destination holds the capability and every child, the source is empty;
 *   - a move stopped midway whose source is then revoked leaves nothing
 *     behind (the target and everything it adopted were below the source);
 *     run again, it moves the now childless source;
 *   - demoting a 4,096-link chain narrows a growing suffix of it per entry
 *     (children before their parent: no link ever has a right its parent
 *     lost) and finishes after a number of entries linear in the chain;
 *   - a demote stopped midway whose tree then changes starts over and still
 *     narrows everything;
 *   - converting 128 nodes makes them a few per entry: between entries the
 *     ones made are a prefix of the destination slots and the generic's
 *     cursor ends exactly after them; at the end the record is gone;
 *   - a conversion stopped while making objects ends with SLOT_OCCUPIED if a
 *     destination slot it has not filled yet is taken meanwhile, keeping
 *     what it made, and clears its record; one with other arguments is not
 *     taken for its continuation;
 *   - checking 8,192 destination slots whose last one is full stops after
 *     every GENERIC_CHECK_SLOTS of them, changes nothing, and fails with
 *     SLOT_OCCUPIED; checking 4,096 empty ones goes on where it stopped, and
 *     the zeroing after it, stopped too, does not check again;
 *   - a conversion stopped while checking: a slot it has not checked yet
 *     taken meanwhile makes it fail with nothing made; a slot it checked
 *     taken meanwhile is found when the object for it is made (SLOT_OCCUPIED,
 *     the objects before it stay); a call with other arguments checks from
 *     the start.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "fake_hal.h"
#include "fixture.h"

#include <kernel/capability_call.h>
#include <kernel/derivation.h>
#include <kernel/generic.h>
#include <kernel/preempt.h>

#define GENERIC_BITS 23u
#define BIG_SLOT     4u
#define BIG_RADIX    13u
#define CHILDREN     4096u
#define DESTINATION  (CHILDREN + 1)

static const a9n_descriptor_t root = A9N_DESCRIPTOR_ROOT;

static a9n_descriptor_t big(unsigned index)
{
    return A9N_DESCRIPTOR((uint64_t)BIG_SLOT << BIG_RADIX | index, FIXTURE_ROOT_RADIX + BIG_RADIX);
}

static struct node *big_node(struct fixture *f)
{
    return node_of(&fixture_slot(f, BIG_SLOT)->capability);
}

static void make_big_node(struct fixture *f)
{
    CHECK_EQ(fixture_convert(f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_OBJECT_NODE, BIG_RADIX,
                             1, root, BIG_SLOT),
             A9N_OK);
}

/* Slot 0 of the big node: a copy of its own capability with CHILDREN copies below it. */
static void make_children(struct fixture *f)
{
    CHECK_EQ(fixture_copy(f, root, big(0), fixture_root_slot(BIG_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    enum a9n_error error = A9N_OK;
    for (unsigned i = 1; i <= CHILDREN && error == A9N_OK; i++)
        error = fixture_copy(f, root, big(i), big(0), A9N_RIGHTS_ALL);
    CHECK_EQ(error, A9N_OK);
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

/* ---- move ---- */

static struct capability moved;
static bool move_consistent;
static unsigned adopted_last;

static void check_move(struct fixture *f)
{
    struct node *node = big_node(f);
    struct slot *source = &node->slots[0];
    struct slot *target = &node->slots[DESTINATION];
    move_consistent &=
        source->capability.type == moved.type && source->capability.object == moved.object &&
        target->capability.type == CAPABILITY_TYPE_MOVE_TARGET && target->parent == source;
    unsigned adopted = 0;
    for (unsigned i = 1; i <= CHILDREN; i++) {
        adopted += node->slots[i].parent == target;
        move_consistent &= node->slots[i].parent == target || node->slots[i].parent == source;
    }
    move_consistent &= adopted >= adopted_last;
    adopted_last = adopted;
}

static void test_move_adopts_children_in_steps(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    make_children(&f);
    struct node *node = big_node(&f);
    moved = node->slots[0].capability;
    struct slot *parent = node->slots[0].parent;
    uint32_t references = node->header.reference_count;
    move_consistent = true;
    adopted_last = 0;
    f.between_entries = check_move;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_move(&f, root, big(DESTINATION), big(0)), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(move_consistent);
    CHECK(f.entries >= CHILDREN / PREEMPT_STEPS_PER_CHECK);
    CHECK(f.entries <= CHILDREN / PREEMPT_STEPS_PER_CHECK + 2);
    CHECK(slot_is_empty(&node->slots[0]));
    struct slot *destination = &node->slots[DESTINATION];
    CHECK_EQ(destination->capability.type, moved.type);
    CHECK_EQ(destination->capability.object, moved.object);
    CHECK_EQ(destination->capability.rights, moved.rights);
    CHECK(destination->parent == parent);
    unsigned children = 0;
    for (struct slot *child = destination->first_child; child; child = child->next_sibling)
        children += child->parent == destination;
    CHECK_EQ(children, CHILDREN);
    CHECK_EQ(node->header.reference_count, references);
    fixture_fini(&f);
}

static void test_move_stopped_then_source_revoked(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    make_children(&f);
    struct node *node = big_node(&f);
    uint32_t references = node->header.reference_count;
    fake_hal_pending_interrupts = 1;
    CHECK(!one_entry(&f, root, A9N_NODE_MOVE, FIXTURE_MR(big(DESTINATION), big(0))));
    fake_hal_pending_interrupts = 0;
    CHECK_EQ(node->slots[DESTINATION].capability.type, CAPABILITY_TYPE_MOVE_TARGET);
    /* The target names nothing: no operation accepts it, nothing copies it. */
    CHECK_EQ(fixture_copy(&f, root, big(DESTINATION + 1), big(DESTINATION), A9N_RIGHTS_ALL),
             A9N_ERROR_NOT_DERIVABLE);
    CHECK_EQ(fixture_call(&f, big(DESTINATION), A9N_NODE_INSPECT, FIXTURE_MR(big(0)), 0),
             A9N_ERROR_WRONG_TYPE);
    /* A move into it from another source is refused. */
    CHECK_EQ(fixture_move(&f, root, big(DESTINATION), big(1)), A9N_ERROR_SLOT_OCCUPIED);
    CHECK_EQ(fixture_revoke(&f, root, big(0)), A9N_OK);
    for (unsigned i = 1; i <= DESTINATION; i++)
        CHECK(slot_is_empty(&node->slots[i]));
    CHECK_EQ(node->header.reference_count, references - CHILDREN);
    CHECK_EQ(fixture_move(&f, root, big(DESTINATION), big(0)), A9N_OK);
    CHECK_EQ(f.entries, 1);
    CHECK(slot_is_empty(&node->slots[0]));
    CHECK_EQ(node->slots[DESTINATION].capability.type, A9N_OBJECT_NODE);
    fixture_fini(&f);
}

/* ---- demote ---- */

#define CHAIN 4096u

static bool demote_suffix;
static unsigned narrowed_last;

/* Post-order along a chain: what is narrowed is a suffix, and it only grows. */
static void check_demote(struct fixture *f)
{
    struct node *node = big_node(f);
    unsigned narrowed = 0;
    while (narrowed < CHAIN &&
           node->slots[CHAIN - 1 - narrowed].capability.rights == A9N_RIGHT_READ)
        narrowed++;
    for (unsigned i = 0; i < CHAIN - narrowed; i++)
        demote_suffix &= node->slots[i].capability.rights == A9N_RIGHTS_ALL;
    demote_suffix &= narrowed >= narrowed_last;
    narrowed_last = narrowed;
}

static void make_chain(struct fixture *f)
{
    CHECK_EQ(fixture_copy(f, root, big(0), fixture_root_slot(BIG_SLOT), A9N_RIGHTS_ALL), A9N_OK);
    enum a9n_error error = A9N_OK;
    for (unsigned i = 1; i < CHAIN && error == A9N_OK; i++)
        error = fixture_copy(f, root, big(i), big(i - 1), A9N_RIGHTS_ALL);
    CHECK_EQ(error, A9N_OK);
}

static unsigned narrowed_links(struct fixture *f)
{
    unsigned narrowed = 0;
    for (unsigned i = 0; i < CHAIN; i++)
        narrowed += big_node(f)->slots[i].capability.rights == A9N_RIGHT_READ;
    return narrowed;
}

static void test_demote_chain_in_steps(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    make_chain(&f);
    demote_suffix = true;
    narrowed_last = 0;
    f.between_entries = check_demote;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(fixture_demote(&f, root, big(0), A9N_RIGHT_READ), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(demote_suffix);
    CHECK(narrowed_last > 0 && narrowed_last < CHAIN); /* it was seen midway */
    /* 4,095 steps down and 4,096 narrowings: each entry makes PREEMPT_STEPS_PER_CHECK. */
    CHECK(f.entries >= (2 * CHAIN - 1) / PREEMPT_STEPS_PER_CHECK);
    CHECK(f.entries <= (2 * CHAIN - 1) / PREEMPT_STEPS_PER_CHECK + 2);
    CHECK_EQ(narrowed_links(&f), CHAIN);
    fixture_fini(&f);
}

/* As another thread's node.delete would (the fixture has one thread, whose
 * registers hold the stopped call). */
static void delete_last_link(struct fixture *f)
{
    struct slot *last = &big_node(f)->slots[CHAIN - 1];
    if (!slot_is_empty(last))
        derivation_delete(last);
}

static void test_demote_starts_over_after_change(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    make_chain(&f);
    f.between_entries = delete_last_link;
    fake_hal_pending_interrupts = 3;
    CHECK_EQ(fixture_demote(&f, root, big(0), A9N_RIGHT_READ), A9N_OK);
    CHECK(f.entries > 1);
    CHECK(slot_is_empty(&big_node(&f)->slots[CHAIN - 1]));
    CHECK_EQ(narrowed_links(&f), CHAIN - 1);
    fixture_fini(&f);
}

/* ---- making the objects of a conversion ---- */

#define MANY       128u
#define MANY_RADIX 1u

static uint64_t generic_start;
static bool conversion_prefix;
static unsigned made_last;

static unsigned made_objects(struct fixture *f)
{
    unsigned made = 0;
    while (made < MANY && !slot_is_empty(&big_node(f)->slots[made]))
        made++;
    return made;
}

static void check_conversion(struct fixture *f)
{
    struct slot *generic = fixture_slot(f, FIXTURE_SLOT_GENERIC);
    unsigned made = made_objects(f);
    for (unsigned i = made; i < MANY; i++)
        conversion_prefix &= slot_is_empty(&big_node(f)->slots[i]);
    conversion_prefix &= made >= made_last;
    conversion_prefix &= generic->capability.data == generic_start + made * node_size(MANY_RADIX);
    made_last = made;
}

static enum a9n_error convert_many(struct fixture *f, uint64_t count)
{
    return fixture_call(
        f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_GENERIC_CONVERT,
        FIXTURE_MR(A9N_OBJECT_NODE, MANY_RADIX, count, fixture_root_slot(BIG_SLOT), 0), 0);
}

static void test_convert_makes_objects_in_steps(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    generic_start = generic->capability.data;
    conversion_prefix = true;
    made_last = 0;
    f.between_entries = check_conversion;
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(convert_many(&f, MANY), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(conversion_prefix);
    CHECK(f.entries >= MANY / PREEMPT_STEPS_PER_CHECK);
    CHECK_EQ(made_objects(&f), MANY);
    CHECK_EQ(generic->capability.data, generic_start + MANY * node_size(MANY_RADIX));
    CHECK_EQ(generic->reserved, 0);
    CHECK_EQ(generic->capability.reserved, 0);
    unsigned children = 0;
    for (struct slot *child = generic->first_child; child; child = child->next_sibling)
        children++;
    CHECK_EQ(children, MANY + 1);
    fixture_fini(&f);
}

/* Stop the conversion once it has made some objects (the zeroing of MANY
 * small nodes fits one chunk, so the first look is in phase 2). */
static void stop_while_making(struct fixture *f)
{
    fake_hal_pending_interrupts = 1;
    CHECK(
        !one_entry(f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_GENERIC_CONVERT,
                   FIXTURE_MR(A9N_OBJECT_NODE, MANY_RADIX, MANY, fixture_root_slot(BIG_SLOT), 0)));
    fake_hal_pending_interrupts = 0;
    CHECK(made_objects(f) > 0 && made_objects(f) < MANY);
}

static void test_convert_stopped_then_slot_taken(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    stop_while_making(&f);
    unsigned made = made_objects(&f);
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    CHECK(generic->reserved != 0);
    CHECK_EQ(fixture_copy(&f, root, big(MANY - 1), fixture_root_slot(BIG_SLOT), A9N_RIGHT_READ),
             A9N_OK);
    CHECK_EQ(convert_many(&f, MANY), A9N_ERROR_SLOT_OCCUPIED);
    /* It made every object up to the taken slot, and no more. */
    CHECK(made < MANY - 1);
    CHECK_EQ(made_objects(&f), MANY);
    CHECK(big_node(&f)->slots[MANY - 2].parent == generic);
    CHECK(big_node(&f)->slots[MANY - 1].parent == fixture_slot(&f, BIG_SLOT));
    CHECK_EQ(generic->reserved, 0);
    fixture_fini(&f);
}

static void test_convert_continuation_needs_same_arguments(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    stop_while_making(&f);
    unsigned made = made_objects(&f);
    /* Another count is a new conversion: its slots are not all empty. */
    CHECK_EQ(convert_many(&f, MANY - 1), A9N_ERROR_SLOT_OCCUPIED);
    CHECK_EQ(made_objects(&f), made);
    /* The same call goes on where it stopped. */
    CHECK_EQ(convert_many(&f, MANY), A9N_OK);
    CHECK_EQ(f.entries, 1);
    CHECK_EQ(made_objects(&f), MANY);
    CHECK_EQ(fixture_slot(&f, FIXTURE_SLOT_GENERIC)->reserved, 0);
    fixture_fini(&f);
}

/* ---- checking the destination slots of a conversion ---- */

#define BIG_SLOTS (1u << BIG_RADIX)
#define CHECKED   4096u

static enum a9n_error convert_small_nodes(struct fixture *f, uint64_t count)
{
    return fixture_call(
        f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_GENERIC_CONVERT,
        FIXTURE_MR(A9N_OBJECT_NODE, MANY_RADIX, count, fixture_root_slot(BIG_SLOT), 0), 0);
}

static bool one_small_node_entry(struct fixture *f, uint64_t count)
{
    return one_entry(
        f, fixture_root_slot(FIXTURE_SLOT_GENERIC), A9N_GENERIC_CONVERT,
        FIXTURE_MR(A9N_OBJECT_NODE, MANY_RADIX, count, fixture_root_slot(BIG_SLOT), 0));
}

/* Between entries of a conversion into the big node: how far its check got
 * (each entry at least one chunk further), and which phase it stopped in. */
static uint64_t checked_last;
static unsigned check_stops, zero_stops, making_stops;
static bool check_moves_on;

static void count_phase(struct fixture *f)
{
    const struct conversion_check *record = &f->thread.conversion_check;
    if (!record->node) {
        making_stops++;
        return;
    }
    check_moves_on &= record->node == big_node(f) && record->checked >= checked_last &&
                      made_objects(f) == 0 && record->checked % GENERIC_CHECK_SLOTS == 0;
    if (record->checked < record->count) {
        check_moves_on &= record->checked > checked_last;
        check_stops++;
    } else {
        zero_stops++;
    }
    checked_last = record->checked;
}

static void count_phases_from_start(struct fixture *f)
{
    checked_last = 0;
    check_stops = zero_stops = making_stops = 0;
    check_moves_on = true;
    f->between_entries = count_phase;
}

static void test_convert_check_in_steps_then_occupied(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    CHECK_EQ(
        fixture_copy(&f, root, big(BIG_SLOTS - 1), fixture_root_slot(BIG_SLOT), A9N_RIGHT_READ),
        A9N_OK);
    struct fixture_snapshot snapshot;
    fixture_snapshot_take(&f, &snapshot);
    count_phases_from_start(&f);
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(convert_small_nodes(&f, BIG_SLOTS), A9N_ERROR_SLOT_OCCUPIED);
    fake_hal_pending_interrupts = 0;
    CHECK(check_moves_on);
    CHECK_EQ(f.entries, BIG_SLOTS / GENERIC_CHECK_SLOTS);
    CHECK_EQ(check_stops, BIG_SLOTS / GENERIC_CHECK_SLOTS - 1);
    CHECK(fixture_snapshot_unchanged(&f, &snapshot));
    CHECK(f.thread.conversion_check.node == 0);
    fixture_fini(&f);
}

static void test_convert_check_goes_on_and_is_not_repeated(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    count_phases_from_start(&f);
    fake_hal_pending_interrupts = UINT32_MAX;
    CHECK_EQ(convert_small_nodes(&f, CHECKED), A9N_OK);
    fake_hal_pending_interrupts = 0;
    CHECK(check_moves_on);
    CHECK_EQ(check_stops, CHECKED / GENERIC_CHECK_SLOTS - 1);
    /* 768 KiB to zero, 32 KiB per step: each zeroing entry zeroed, none checked again. */
    CHECK_EQ(zero_stops, CHECKED * node_size(MANY_RADIX) / (UINT64_C(1) << 15) - 1);
    CHECK(making_stops >= CHECKED / PREEMPT_STEPS_PER_CHECK - 1);
    unsigned made = 0;
    while (made < BIG_SLOTS && big_node(&f)->slots[made].capability.type == A9N_OBJECT_NODE)
        made++;
    CHECK_EQ(made, CHECKED);
    CHECK(f.thread.conversion_check.node == 0);
    fixture_fini(&f);
}

/* Stop a conversion of CHECKED small nodes after its first chunk of checks. */
static void stop_while_checking(struct fixture *f)
{
    fake_hal_pending_interrupts = 1;
    CHECK(!one_small_node_entry(f, CHECKED));
    fake_hal_pending_interrupts = 0;
    CHECK_EQ(f->thread.conversion_check.checked, GENERIC_CHECK_SLOTS);
    CHECK(slot_is_empty(&big_node(f)->slots[0]));
}

static void take_slot(struct fixture *f, unsigned index)
{
    CHECK_EQ(fixture_copy(f, root, big(index), fixture_root_slot(BIG_SLOT), A9N_RIGHT_READ),
             A9N_OK);
}

static void test_convert_check_stopped_then_unchecked_slot_taken(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    stop_while_checking(&f);
    take_slot(&f, CHECKED - 1);
    struct fixture_snapshot snapshot;
    fixture_snapshot_take(&f, &snapshot);
    CHECK_EQ(convert_small_nodes(&f, CHECKED), A9N_ERROR_SLOT_OCCUPIED);
    CHECK(fixture_snapshot_unchanged(&f, &snapshot));
    CHECK(f.thread.conversion_check.node == 0);
    fixture_fini(&f);
}

static void test_convert_check_stopped_then_checked_slot_taken(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    struct slot *generic = fixture_slot(&f, FIXTURE_SLOT_GENERIC);
    stop_while_checking(&f);
    take_slot(&f, 5);
    CHECK_EQ(convert_small_nodes(&f, CHECKED), A9N_ERROR_SLOT_OCCUPIED);
    for (unsigned i = 0; i < 5; i++) {
        CHECK_EQ(big_node(&f)->slots[i].capability.type, A9N_OBJECT_NODE);
        CHECK(big_node(&f)->slots[i].parent == generic);
    }
    CHECK(big_node(&f)->slots[5].parent == fixture_slot(&f, BIG_SLOT));
    CHECK(slot_is_empty(&big_node(&f)->slots[6]));
    CHECK_EQ(generic->reserved, 0);
    CHECK(f.thread.conversion_check.node == 0);
    fixture_fini(&f);
}

static void test_convert_check_continuation_needs_same_arguments(void)
{
    struct fixture f;
    fixture_init(&f, GENERIC_BITS);
    make_big_node(&f);
    stop_while_checking(&f);
    take_slot(&f, 5);
    struct fixture_snapshot snapshot;
    fixture_snapshot_take(&f, &snapshot);
    CHECK_EQ(convert_small_nodes(&f, CHECKED - 1), A9N_ERROR_SLOT_OCCUPIED);
    CHECK(fixture_snapshot_unchanged(&f, &snapshot));
    fixture_fini(&f);
}

int main(void)
{
    test_move_adopts_children_in_steps();
    test_move_stopped_then_source_revoked();
    test_demote_chain_in_steps();
    test_demote_starts_over_after_change();
    test_convert_makes_objects_in_steps();
    test_convert_stopped_then_slot_taken();
    test_convert_continuation_needs_same_arguments();
    test_convert_check_in_steps_then_occupied();
    test_convert_check_goes_on_and_is_not_repeated();
    test_convert_check_stopped_then_unchecked_slot_taken();
    test_convert_check_stopped_then_checked_slot_taken();
    test_convert_check_continuation_needs_same_arguments();
    return check_summary();
}

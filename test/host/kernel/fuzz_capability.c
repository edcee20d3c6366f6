/*
 * libFuzzer target for the kernel's capability core: the input is a sequence
 * of operations (copy, move, mint, demote, delete, revoke, inspect, convert
 * into nodes or generics, get_info) run through capability_call() on a small
 * capability space over one 256 KiB generic (fixture.h). Descriptors come
 * mostly from slots that exist, sometimes from the input's raw bytes.
 *
 * After every step the whole state is checked and any violation aborts:
 *   - no two live objects overlap in memory, except an object and a generic
 *     it was (directly or not) converted from;
 *   - every capability names a live object; a node's reference count equals
 *     the number of capabilities naming it; a destroyed node holds nothing;
 *   - parent, child and sibling links are mutually consistent, and each
 *     capability's parent either names the same object with at least its
 *     rights (rights never grow) or is a generic whose used range covers it;
 *     a move target (only while a move is stopped midway) stands for its
 *     parent, the move's source;
 *   - generic accounting is exact (get_info: used + free == size);
 *   - a failed operation changed nothing; a successful one did what it
 *     promises (revoke leaves no descendant, copy narrows rights, ...).
 *
 * The live nodes are found from the root and from a shadow list of every
 * node converted and not yet destroyed, so nodes nothing reachable names
 * (a node holding the only capability to itself) are checked too.
 *
 * Preemption points: the fake HAL's "interrupt pending" fires at random (a
 * generator seeded by the input's first byte, which also sets the rate), so
 * revokes, deletes, node destruction and conversions stop midway and are
 * entered again until they complete, as user code would (fixture_call).
 * Between two entries the whole state is checked too, with two allowances:
 * a dead node may still hold capabilities while it is being destroyed, and
 * a demote has narrowed a prefix of its pre-order walk, so a capability it
 * has not reached yet may have more rights than its narrowed parent. Once
 * the call completes, every dead node must be empty and no capability has
 * more rights than its parent.
 *
 * Deterministic for a given input, at most FUZZ_MAX_STEPS steps.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "fake_hal.h"
#include "fixture.h"

#include <kernel/lookup.h>
#include <kernel/preempt.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

#define FUZZ_GENERIC_BITS  18u
#define FUZZ_MAX_STEPS     128u
#define FUZZ_MAX_ENTRIES   256u
#define FUZZ_MAX_NODES     1024u
#define FUZZ_MAX_OBJECTS   (2 * FUZZ_MAX_NODES)
/* More than all live nodes' memory: the generic's, the root node and the root slot. */
#define FUZZ_SNAPSHOT_SIZE ((1u << FUZZ_GENERIC_BITS) + 4096u)

struct reader {
    const uint8_t *data;
    size_t size;
    size_t at;
};

/* The next input byte; 0 once the input is used up. */
static uint8_t next_byte(struct reader *r)
{
    return r->at < r->size ? r->data[r->at++] : 0;
}

static uint64_t next_word(struct reader *r)
{
    uint64_t word = 0;
    for (unsigned i = 0; i < 8; i++)
        word = word << 8 | next_byte(r);
    return word;
}

/* A slot reachable from some start node, with its descriptor relative to that node. */
struct entry {
    a9n_descriptor_t descriptor;
    struct slot *slot;
};

/* A live object: a node, or the memory of a generic capability. */
struct object {
    uint64_t start;
    uint64_t end;
    struct slot *slot; /* the generic's slot, or one slot naming the node */
    bool generic;
};

struct world {
    struct fixture f;
    struct node *nodes[FUZZ_MAX_NODES]; /* live nodes but the root, sorted by address */
    uint32_t counts[FUZZ_MAX_NODES];    /* capabilities naming each, while checking */
    struct slot *namers[FUZZ_MAX_NODES];
    size_t node_count;
    struct object objects[FUZZ_MAX_OBJECTS];
    size_t object_count;
    size_t slot_total; /* slots of all live nodes, bounds walks up the tree */
    uint8_t snapshot[FUZZ_SNAPSHOT_SIZE];
    bool midway;      /* checking between two entries of a restarted call */
    unsigned stops;   /* how many times the current call stopped and was entered again */
    bool left_midway; /* a call stopped, then failed: its midway state stays for good */
};

static struct world world;

/* The fake interrupt controller's generator (xorshift64) and its rate out of 256. */
static uint64_t interrupt_state;
static uint8_t interrupt_rate;

static bool fuzz_interrupt_pending(void)
{
    interrupt_state ^= interrupt_state << 13;
    interrupt_state ^= interrupt_state >> 7;
    interrupt_state ^= interrupt_state << 17;
    return (uint8_t)interrupt_state < interrupt_rate;
}

/* Every slot reachable from the node capability in `start`, breadth first, each node once. */
static size_t enumerate(struct slot *start, struct entry *entries)
{
    struct node *visited[FUZZ_MAX_ENTRIES];
    a9n_descriptor_t prefixes[FUZZ_MAX_ENTRIES];
    size_t visited_count = 0, count = 0;
    if (start->capability.type != A9N_OBJECT_NODE)
        return 0;
    visited[visited_count] = node_of(&start->capability);
    prefixes[visited_count++] = A9N_DESCRIPTOR_ROOT;
    for (size_t v = 0; v < visited_count; v++) {
        struct node *node = visited[v];
        for (uint64_t i = 0; i < node_slot_count(node) && count < FUZZ_MAX_ENTRIES; i++) {
            a9n_descriptor_t descriptor = a9n_descriptor_child(prefixes[v], node->radix, i);
            if (descriptor == A9N_DESCRIPTOR_INVALID)
                break;
            struct slot *slot = &node->slots[i];
            entries[count++] = (struct entry){descriptor, slot};
            if (slot->capability.type != A9N_OBJECT_NODE || visited_count == FUZZ_MAX_ENTRIES)
                continue;
            struct node *next = node_of(&slot->capability);
            bool seen = false;
            for (size_t j = 0; j < visited_count && !seen; j++)
                seen = visited[j] == next;
            if (!seen) {
                visited[visited_count] = next;
                prefixes[visited_count++] = descriptor;
            }
        }
    }
    return count;
}

/*
 * A descriptor for an argument: mostly one of `entries` (its slot in *slot),
 * sometimes raw input (and *slot NULL). `kind` (0 = any) prefers entries
 * holding that type.
 */
static a9n_descriptor_t pick(struct reader *r, const struct entry *entries, size_t count,
                             uint8_t kind, struct slot **slot)
{
    uint8_t choice = next_byte(r);
    *slot = 0;
    if (choice >= 244 || count == 0)
        return choice >= 250 ? next_word(r) : A9N_DESCRIPTOR(next_word(r), next_byte(r) % 64);
    size_t index = next_byte(r) % count;
    for (size_t i = 0; kind && i < count; i++) {
        size_t candidate = (index + i) % count;
        if (entries[candidate].slot->capability.type == kind) {
            index = candidate;
            break;
        }
    }
    *slot = entries[index].slot;
    return entries[index].descriptor;
}

/* Rights: mostly valid, sometimes raw input. */
static uint64_t pick_rights(struct reader *r)
{
    uint8_t choice = next_byte(r);
    return choice >= 248 ? next_word(r) : choice & A9N_RIGHTS_ALL;
}

/* A badge: mostly 0 (no current type has one), sometimes raw input. */
static uint64_t pick_badge(struct reader *r)
{
    return next_byte(r) >= 248 ? next_word(r) : 0;
}

static uint64_t generic_size(const struct capability *generic)
{
    return (uint64_t)1 << generic->size_bits;
}

/* The cursor; check_slot holds it to 0 for a generic without children, except between entries
 * of a revoke that lifted a child generic's children away. */
static uint64_t generic_used(const struct slot *generic)
{
    return generic->capability.data;
}

static uint64_t object_end(const struct capability *capability)
{
    if (capability->type == A9N_OBJECT_NODE)
        return capability->object + node_size(capability->size_bits);
    return capability->object + generic_size(capability);
}

static int node_compare(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (struct node *const *)a, y = (uintptr_t) * (struct node *const *)b;
    return x < y ? -1 : x > y;
}

static int object_compare(const void *a, const void *b)
{
    const struct object *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* Index of live node `node` in world.nodes, or -1 (the root node is not in the list). */
static long node_index(const struct node *node)
{
    size_t low = 0, high = world.node_count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        if (world.nodes[middle] == node)
            return (long)middle;
        if ((uintptr_t)world.nodes[middle] < (uintptr_t)node)
            low = middle + 1;
        else
            high = middle;
    }
    return -1;
}

/* Whether `slot` is the thread's root slot or a slot of a live node. */
static bool slot_is_live(const struct slot *slot)
{
    if (slot == &world.f.thread.cspace_root)
        return true;
    uintptr_t address = (uintptr_t)slot;
    const struct node *nodes[FUZZ_MAX_NODES + 1];
    nodes[0] = world.f.root;
    memcpy(nodes + 1, world.nodes, world.node_count * sizeof(nodes[0]));
    for (size_t i = 0; i <= world.node_count; i++) {
        uintptr_t first = (uintptr_t)nodes[i]->slots;
        if (address >= first && address < first + sizeof(struct slot) * node_slot_count(nodes[i]))
            return (address - first) % sizeof(struct slot) == 0;
    }
    return false;
}

/* Whether `ancestor` is `slot` or above it in the derivation tree. */
static bool is_ancestor(const struct slot *ancestor, const struct slot *slot)
{
    for (size_t steps = 0; slot && steps <= world.slot_total + 1; steps++, slot = slot->parent) {
        if (slot == ancestor)
            return true;
    }
    return false;
}

/* Links of the full slot `slot`, its parent and its children. */
static void check_links(struct slot *slot)
{
    struct slot *parent = slot->parent;
    if (parent) {
        FUZZ_ASSERT(slot_is_live(parent) && !slot_is_empty(parent));
        bool found = false;
        size_t steps = 0;
        for (struct slot *s = parent->first_child; s && !found; s = s->next_sibling) {
            FUZZ_ASSERT(++steps <= world.slot_total);
            found = s == slot;
        }
        FUZZ_ASSERT(found);
        /* A move target stands for its parent, the source of a move under way. */
        const struct slot *named = parent;
        if (parent->capability.type == CAPABILITY_TYPE_MOVE_TARGET)
            named = parent->parent;
        const struct capability *mine = &slot->capability, *theirs = &named->capability;
        if (mine->type == CAPABILITY_TYPE_MOVE_TARGET) {
            FUZZ_ASSERT(world.midway && mine->object == 0 && parent->capability.type != mine->type);
        } else if (theirs->type == mine->type && theirs->object == mine->object &&
                   theirs->size_bits == mine->size_bits) {
            /* Even between two entries of a demote: it narrows children before parents. */
            FUZZ_ASSERT((mine->rights & ~theirs->rights) == 0);
        } else {
            /* Converted from the parent generic, inside the part it handed out. */
            FUZZ_ASSERT(theirs->type == A9N_OBJECT_GENERIC);
            FUZZ_ASSERT(mine->object >= theirs->object &&
                        object_end(mine) <= theirs->object + generic_used(named));
        }
    } else {
        FUZZ_ASSERT(!slot->previous_sibling);
    }
    FUZZ_ASSERT(!slot->previous_sibling || slot->previous_sibling->next_sibling == slot);
    FUZZ_ASSERT(!slot->next_sibling || (slot->next_sibling->previous_sibling == slot &&
                                        slot->next_sibling->parent == parent));
    FUZZ_ASSERT(!slot->first_child ||
                (slot->first_child->parent == slot && !slot->first_child->previous_sibling));
}

/* One full slot: its object, its links; nodes' capabilities are counted. */
static void check_slot(struct slot *slot)
{
    const struct capability *capability = &slot->capability;
    FUZZ_ASSERT((capability->rights & ~(unsigned)A9N_RIGHTS_ALL) == 0);
    if (capability->type == CAPABILITY_TYPE_MOVE_TARGET) {
        /* Only while a move is stopped midway, always below its source (check_links). */
        FUZZ_ASSERT(slot->parent);
    } else if (capability->type == A9N_OBJECT_NODE) {
        struct node *node = node_of(capability);
        FUZZ_ASSERT(node->radix == capability->size_bits);
        long index = node != world.f.root ? node_index(node) : -1;
        if (index >= 0) {
            world.counts[index]++;
            world.namers[index] = slot;
        } else if (node != world.f.root) {
            /* Unknown only while a conversion that stopped midway has made it (the step
             * registers the nodes it made once the call is done). */
            FUZZ_ASSERT(world.midway && slot->parent &&
                        slot->parent->capability.type == A9N_OBJECT_GENERIC);
        }
    } else {
        FUZZ_ASSERT(capability->type == A9N_OBJECT_GENERIC);
        uint64_t size = generic_size(capability);
        FUZZ_ASSERT(capability->size_bits >= A9N_GENERIC_MIN_BITS &&
                    capability->size_bits <= FUZZ_GENERIC_BITS);
        FUZZ_ASSERT(capability->object % size == 0 && capability->data <= size);
        FUZZ_ASSERT(slot->first_child || capability->data == 0 || world.midway);
        /* Inside the generic's memory, or the device generic's (flagged as such). */
        bool device = capability->flags & CAPABILITY_DEVICE;
        uint64_t base =
            (uint64_t)(uintptr_t)(device ? world.f.device_memory : world.f.generic_memory);
        uint64_t bits = device ? FIXTURE_DEVICE_BITS : FUZZ_GENERIC_BITS;
        FUZZ_ASSERT(capability->object >= base &&
                    capability->object + size <= base + ((uint64_t)1 << bits));
        FUZZ_ASSERT(world.object_count < FUZZ_MAX_OBJECTS);
        world.objects[world.object_count++] =
            (struct object){capability->object, capability->object + size, slot, true};
    }
    check_links(slot);
}

/* Check every slot of `node` (the root node too); empty slots must be blank. */
static void check_node_slots(struct node *node)
{
    for (uint64_t i = 0; i < node_slot_count(node); i++) {
        struct slot *slot = &node->slots[i];
        if (slot_is_empty(slot)) {
            static const struct slot blank;
            FUZZ_ASSERT(memcmp(slot, &blank, sizeof(blank)) == 0);
        } else {
            check_slot(slot);
        }
    }
}

/* Whether `inner` may overlap `outer`: it lies inside the generic `outer` and was converted from
 * it, directly or not. */
static bool may_overlap(const struct object *outer, const struct object *inner)
{
    return outer->generic && outer->start <= inner->start && inner->end <= outer->end &&
           outer->slot != inner->slot && is_ancestor(outer->slot, inner->slot);
}

/* Whether `inner` lies in the part of the generic `outer` handed out: between two entries of a
 * delete or a revoke that lifts a generic's children one by one, those already lifted are no
 * longer its descendants, but its cursor still covers them, so nothing is converted over them
 * (docs/chapters/capabilities.typ, "Derivation": a child generic whose children a stopped revoke
 * moved up past it has none, but its cursor still covers them). */
static bool handed_out(const struct object *outer, const struct object *inner)
{
    return outer->generic && outer->start <= inner->start &&
           inner->end <= outer->start + generic_used(outer->slot);
}

/* Live objects overlap only where one is a generic the other was converted from (`midway`: or
 * lies in what a generic handed out, whichever of the two sorts first: a generic lifted up past
 * the one it came from covers the same range when it took all of that one's memory). */
static void check_overlaps(bool midway)
{
    qsort(world.objects, world.object_count, sizeof(world.objects[0]), object_compare);
    for (size_t i = 0; i < world.object_count; i++) {
        const struct object *outer = &world.objects[i];
        for (size_t j = i + 1; j < world.object_count && world.objects[j].start < outer->end; j++) {
            const struct object *inner = &world.objects[j];
            FUZZ_ASSERT(may_overlap(outer, inner) || may_overlap(inner, outer) ||
                        (midway && (handed_out(outer, inner) || handed_out(inner, outer))));
        }
    }
}

/* Whether the dead `node` holds nothing any more. */
static bool node_emptied(const struct node *node)
{
    for (uint64_t s = 0; s < node_slot_count(node); s++) {
        if (!slot_is_empty(&node->slots[s]) || node->slots[s].parent || node->slots[s].first_child)
            return false;
    }
    return true;
}

/*
 * Check the whole state. On entry world.nodes holds the nodes that may be
 * live (the previous check's live nodes and any converted since); on return
 * exactly the live ones, and world.objects every live object. `midway`:
 * between two entries of a restarted call, when dead nodes still being
 * destroyed stay in world.nodes (no capability names them: their count is 0).
 */
static void check_world(bool midway)
{
    size_t live = 0;
    world.midway = midway || world.left_midway;
    world.slot_total = node_slot_count(world.f.root) + 1;
    for (size_t i = 0; i < world.node_count; i++) {
        struct node *node = world.nodes[i];
        FUZZ_ASSERT(node->header.type == A9N_OBJECT_NODE);
        if (node->header.reference_count == 0) {
            bool emptied = node_emptied(node);
            FUZZ_ASSERT(emptied || midway);
            if (emptied)
                continue;
        }
        world.nodes[live++] = node;
        world.slot_total += node_slot_count(node);
    }
    world.node_count = live;
    qsort(world.nodes, live, sizeof(world.nodes[0]), node_compare);
    memset(world.counts, 0, sizeof(world.counts));
    world.object_count = 0;

    struct slot *root_slot = &world.f.thread.cspace_root;
    FUZZ_ASSERT(root_slot->capability.type == A9N_OBJECT_NODE && !root_slot->parent);
    FUZZ_ASSERT(node_of(&root_slot->capability) == world.f.root);
    check_links(root_slot);
    uint32_t root_count = 1;
    check_node_slots(world.f.root);
    for (size_t i = 0; i < live; i++)
        check_node_slots(world.nodes[i]);
    for (size_t i = 0; i < live; i++) {
        FUZZ_ASSERT(world.counts[i] == world.nodes[i]->header.reference_count);
        if (world.counts[i] == 0)
            continue; /* dead, being destroyed: nothing converts over it meanwhile */
        world.objects[world.object_count++] =
            (struct object){(uint64_t)(uintptr_t)world.nodes[i],
                            (uint64_t)(uintptr_t)world.nodes[i] + node_size(world.nodes[i]->radix),
                            world.namers[i], false};
    }
    /* The root node's capabilities: its root slot and any slot naming it. */
    for (size_t i = 0; i < live; i++)
        for (uint64_t s = 0; s < node_slot_count(world.nodes[i]); s++)
            root_count += world.nodes[i]->slots[s].capability.type == A9N_OBJECT_NODE &&
                          node_of(&world.nodes[i]->slots[s].capability) == world.f.root;
    for (uint64_t s = 0; s < node_slot_count(world.f.root); s++)
        root_count += world.f.root->slots[s].capability.type == A9N_OBJECT_NODE &&
                      node_of(&world.f.root->slots[s].capability) == world.f.root;
    FUZZ_ASSERT(root_count == world.f.root->header.reference_count);
    check_overlaps(world.midway);
}

/* A restarted call between two entries: everything holds but dead nodes' emptiness. */
static void check_between_entries(struct fixture *f)
{
    (void)f;
    world.stops++;
    check_world(true);
}

/* Copy every live node's memory (the root's too) into world.snapshot; returns its length. */
static size_t snapshot_take(void)
{
    size_t length = node_size(world.f.root->radix);
    memcpy(world.snapshot, world.f.root, length);
    memcpy(world.snapshot + length, &world.f.thread.cspace_root, sizeof(struct slot));
    length += sizeof(struct slot);
    for (size_t i = 0; i < world.node_count; i++) {
        size_t size = node_size(world.nodes[i]->radix);
        FUZZ_ASSERT(length + size <= sizeof(world.snapshot));
        memcpy(world.snapshot + length, world.nodes[i], size);
        length += size;
    }
    return length;
}

static bool snapshot_unchanged(size_t length)
{
    size_t at = node_size(world.f.root->radix);
    if (memcmp(world.snapshot, world.f.root, at) != 0 ||
        memcmp(world.snapshot + at, &world.f.thread.cspace_root, sizeof(struct slot)) != 0)
        return false;
    at += sizeof(struct slot);
    for (size_t i = 0; i < world.node_count; i++) {
        size_t size = node_size(world.nodes[i]->radix);
        if (memcmp(world.snapshot + at, world.nodes[i], size) != 0)
            return false;
        at += size;
    }
    return at == length;
}

/* get_info of the generic in `slot` (named by `descriptor`) matches its capability exactly. */
static void check_get_info(a9n_descriptor_t descriptor, const struct slot *slot)
{
    uint64_t results[A9N_MESSAGE_REGISTERS];
    enum a9n_error error = fixture_get_info(&world.f, descriptor, results);
    if (!(slot->capability.rights & A9N_RIGHT_READ)) {
        FUZZ_ASSERT(error == A9N_ERROR_INSUFFICIENT_RIGHTS);
        return;
    }
    FUZZ_ASSERT(error == A9N_OK);
    FUZZ_ASSERT(results[0] == generic_size(&slot->capability));
    FUZZ_ASSERT(results[1] <= results[0] && results[0] - results[1] == generic_used(slot));
    FUZZ_ASSERT(results[2] ==
                (slot->capability.flags & CAPABILITY_DEVICE ? A9N_GENERIC_DEVICE : 0));
}

/* A node operation on a node picked from the root's entries (or the root itself). */
static void run_node_operation(struct reader *r, uint8_t operation, const struct entry *roots,
                               size_t root_count)
{
    static const uint64_t operations[] = {A9N_NODE_COPY,   A9N_NODE_MOVE,   A9N_NODE_MINT,
                                          A9N_NODE_DEMOTE, A9N_NODE_DELETE, A9N_NODE_REVOKE,
                                          A9N_NODE_INSPECT};
    struct entry entries[FUZZ_MAX_ENTRIES];
    struct slot *target = &world.f.thread.cspace_root, *first, *second;
    a9n_descriptor_t target_descriptor = A9N_DESCRIPTOR_ROOT;
    if (next_byte(r) >= 160)
        target_descriptor = pick(r, roots, root_count, A9N_OBJECT_NODE, &target);
    size_t count = target ? enumerate(target, entries) : 0;
    uint64_t arguments[A9N_MESSAGE_REGISTERS] = {0};
    arguments[0] = pick(r, entries, count, 0, &first);
    arguments[1] = pick(r, entries, count, 0, &second);
    if (operation == 3)
        arguments[1] = pick_rights(r);
    arguments[2] = pick_rights(r);
    arguments[3] = pick_badge(r);

    struct slot before_first = first ? *first : (struct slot){0};
    struct slot before_second = second ? *second : (struct slot){0};
    size_t snapshot = snapshot_take();
    uint64_t results[A9N_MESSAGE_REGISTERS];
    world.stops = 0;
    enum a9n_error error =
        fixture_call(&world.f, target_descriptor, operations[operation], arguments, results);
    if (error != A9N_OK) {
        if (!snapshot_unchanged(snapshot)) {
            /* The documented way to fail after changing something: a revoke or a demote that
             * stopped after deleting or narrowing a capability on its own path (the target
             * node's, or a node's on the way to the slot) reports the lookup's error when run
             * again. Then the same call fails the same way at once, changing nothing. */
            FUZZ_ASSERT((operations[operation] == A9N_NODE_REVOKE ||
                         operations[operation] == A9N_NODE_DEMOTE) &&
                        world.stops > 0);
            world.left_midway = true;
            check_world(false);
            snapshot = snapshot_take();
            FUZZ_ASSERT(fixture_call(&world.f, target_descriptor, operations[operation], arguments,
                                     results) == error);
        }
        FUZZ_ASSERT(snapshot_unchanged(snapshot));
        return;
    }
    /* What each operation promises, where the slots it worked on are known. */
    switch (operations[operation]) {
    case A9N_NODE_COPY:
    case A9N_NODE_MINT:
        if (first && second) {
            FUZZ_ASSERT(first->parent == second &&
                        first->capability.object == second->capability.object);
            FUZZ_ASSERT(first->capability.rights == (second->capability.rights & arguments[2]));
        }
        break;
    case A9N_NODE_MOVE:
        if (first && second) {
            FUZZ_ASSERT(slot_is_empty(second));
            FUZZ_ASSERT(memcmp(&first->capability, &before_second.capability,
                               sizeof(struct capability)) == 0);
        }
        break;
    case A9N_NODE_DEMOTE:
        if (first)
            FUZZ_ASSERT(first->capability.rights ==
                        (before_first.capability.rights & arguments[1]));
        break;
    case A9N_NODE_REVOKE:
        if (first)
            /* The slot itself goes too when it lay in a node the revoke destroyed. */
            FUZZ_ASSERT(!first->first_child);
        break;
    case A9N_NODE_INSPECT:
        if (first) {
            FUZZ_ASSERT(results[0] == before_first.capability.type);
            FUZZ_ASSERT(results[1] == before_first.capability.rights && results[2] == 0);
        }
        break;
    default:
        /* Delete's slot may have been inside a node it destroyed; check_world covers it. */
        break;
    }
}

/* Convert from a generic picked from the root's entries. */
static void run_convert(struct reader *r, uint64_t type, const struct entry *roots,
                        size_t root_count)
{
    struct slot *generic, *destination;
    a9n_descriptor_t generic_descriptor = pick(r, roots, root_count, A9N_OBJECT_GENERIC, &generic);
    uint8_t size_choice = next_byte(r);
    uint64_t size_bits = type == A9N_OBJECT_NODE ? 1 + size_choice % 8 : 12 + size_choice % 6;
    if (size_choice >= 250)
        size_bits = next_word(r);
    if (next_byte(r) >= 250) {
        type = next_byte(r);
        /* Types whose modules these tests leave out (test/host/absent_modules/) stay
         * invalid: their conversion is the guest suites' to test. */
        if (type > A9N_OBJECT_GENERIC && type <= A9N_OBJECT_IO_PORT)
            type += 100;
    }
    uint8_t count_choice = next_byte(r);
    uint64_t count = count_choice >= 250 ? next_word(r) : 1 + count_choice % 4;
    a9n_descriptor_t node = A9N_DESCRIPTOR_ROOT;
    destination = &world.f.thread.cspace_root;
    if (next_byte(r) >= 128)
        node = pick(r, roots, root_count, A9N_OBJECT_NODE, &destination);
    uint64_t slots = destination && destination->capability.type == A9N_OBJECT_NODE
                         ? node_slot_count(node_of(&destination->capability))
                         : 1;
    uint8_t index_choice = next_byte(r);
    uint64_t index = index_choice >= 250 ? next_word(r) : index_choice % slots;

    size_t snapshot = snapshot_take();
    enum a9n_error error = fixture_call(&world.f, generic_descriptor, A9N_GENERIC_CONVERT,
                                        FIXTURE_MR(type, size_bits, count, node, index), 0);
    if (error != A9N_OK) {
        FUZZ_ASSERT(snapshot_unchanged(snapshot));
        return;
    }
    struct lookup_result found;
    FUZZ_ASSERT(lookup_slot(&world.f.thread.cspace_root, node, true, &found) == A9N_OK);
    struct node *into = node_of(&found.slot->capability);
    for (uint64_t i = 0; i < count; i++) {
        struct slot *slot = &into->slots[index + i];
        const struct capability *made = &slot->capability;
        FUZZ_ASSERT(made->type == type && made->size_bits == size_bits);
        /* Conversion is derivation: the new capability has its generic's rights. */
        FUZZ_ASSERT(made->rights == generic->capability.rights && slot->parent &&
                    !slot->first_child);
        /* Nothing live before the step may overlap it, but the generics it came from
         * (and itself, when the list was taken between two entries of this call). */
        for (size_t o = 0; o < world.object_count; o++) {
            const struct object *old = &world.objects[o];
            if (old->slot == slot)
                continue;
            if (made->object < old->end && old->start < object_end(made))
                FUZZ_ASSERT(old->generic && is_ancestor(old->slot, slot->parent));
        }
        if (type == A9N_OBJECT_NODE) {
            struct node *new_node = node_of(made);
            for (uint64_t s = 0; s < node_slot_count(new_node); s++)
                FUZZ_ASSERT(slot_is_empty(&new_node->slots[s]));
            FUZZ_ASSERT(world.node_count < FUZZ_MAX_NODES);
            world.nodes[world.node_count++] = new_node;
        }
    }
}

static void run_step(struct reader *r)
{
    struct entry roots[FUZZ_MAX_ENTRIES];
    size_t root_count = enumerate(&world.f.thread.cspace_root, roots);
    uint8_t operation = next_byte(r) % 10;
    if (operation < 7) {
        run_node_operation(r, operation, roots, root_count);
    } else if (operation < 9) {
        run_convert(r, operation == 7 ? A9N_OBJECT_NODE : A9N_OBJECT_GENERIC, roots, root_count);
    } else {
        struct slot *generic;
        a9n_descriptor_t descriptor = pick(r, roots, root_count, A9N_OBJECT_GENERIC, &generic);
        if (generic && generic->capability.type == A9N_OBJECT_GENERIC)
            check_get_info(descriptor, generic);
        else
            fixture_get_info(&world.f, descriptor, (uint64_t[A9N_MESSAGE_REGISTERS]){0});
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct reader r = {data, size, 0};
    fixture_init(&world.f, FUZZ_GENERIC_BITS);
    world.f.between_entries = check_between_entries;
    uint8_t seed = next_byte(&r);
    /* The kernel counts steps between two looks at the interrupt controller
     * across calls: start each input from a look, so that it replays alike. */
    fake_hal_pending_hook = 0;
    fake_hal_pending_interrupts = 0;
    preempt_check();
    interrupt_state = UINT64_C(0x9e3779b97f4a7c15) ^ seed;
    interrupt_rate = (uint8_t)(seed & 0x0f) << 4; /* 0 (never) .. 240 of 256 */
    fake_hal_pending_hook = fuzz_interrupt_pending;
    world.node_count = 0;
    world.left_midway = false;
    check_world(false);
    for (unsigned step = 0; step < FUZZ_MAX_STEPS && r.at < r.size; step++) {
        run_step(&r);
        check_world(false);
    }
    fake_hal_pending_hook = 0;
    fixture_fini(&world.f);
    return 0;
}

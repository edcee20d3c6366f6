/*
 * Address spaces (portable core): the root table of a translation tree, its
 * identifier, and the records that name places in it; see
 * include/kernel/address_space.h and the address_space operations in
 * a9n/api/a9n_api.json.
 *
 * Each address space holds one identifier from a static table, whose entry
 * keeps the object header (the count of its capabilities) and the root's
 * physical address. A record is one word:
 *   bits 63..48  generation of the identifier (counts its reuses)
 *   bits 47..12  page-aligned user address (user space ends at or below 2^48)
 *   bits 11..0   identifier, 1 .. ADDRESS_SPACE_IDENTIFIERS - 1
 * Identifier 0 is never handed out, so no record is 0 and data 0 means
 * "never mapped". Destroying an address space bumps its identifier's
 * generation, so a record made before names nothing afterwards, even when
 * the identifier and the root's memory are used again.
 */
#include <kernel/address_space.h>
#include <kernel/lookup.h>
#include <kernel/vspace.h>

#define ADDRESS_SPACE_IDENTIFIERS 4096u
#define RECORD_IDENTIFIER_MASK    ((uint64_t)ADDRESS_SPACE_IDENTIFIERS - 1)
#define RECORD_ADDRESS_MASK       UINT64_C(0x0000fffffffff000)
#define RECORD_GENERATION_SHIFT   48

struct address_space_entry {
    struct object_header header; /* first: destroy finds the entry from it */
    uint64_t root;               /* physical address of the root table, 0 while free */
    uint16_t generation;
    uint16_t next_free; /* free list link while free */
};

/* Identifiers below `unused` have been handed out at least once; freed ones wait on `free_list`. */
static struct address_space_entry address_space_table[ADDRESS_SPACE_IDENTIFIERS];
static uint16_t address_space_unused = 1;
static uint16_t address_space_free_list;
static uint64_t address_space_free_count = ADDRESS_SPACE_IDENTIFIERS - 1;

uint64_t address_space_free_identifiers(void)
{
    return address_space_free_count;
}

static uint16_t address_space_take_identifier(void)
{
    address_space_free_count--;
    if (address_space_free_list) {
        uint16_t identifier = address_space_free_list;
        address_space_free_list = address_space_table[identifier].next_free;
        return identifier;
    }
    return address_space_unused++;
}

/* Precondition: address_space_free_identifiers() > 0 (object_type_can_create checked it). */
struct capability address_space_create(uint64_t physical)
{
    uint16_t identifier = address_space_take_identifier();
    struct address_space_entry *entry = &address_space_table[identifier];
    entry->header.type = A9N_OBJECT_ADDRESS_SPACE;
    entry->header.reference_count = 0;
    entry->root = physical;
    hal_vspace_init(physical);
    return (struct capability){
        .type = A9N_OBJECT_ADDRESS_SPACE,
        .rights = A9N_RIGHTS_ALL,
        .object = physical,
        .data = (uint64_t)entry->generation << RECORD_GENERATION_SHIFT | identifier,
    };
}

uint64_t address_space_record(const struct capability *capability, uint64_t address)
{
    return capability->data | (address & RECORD_ADDRESS_MASK);
}

uint64_t address_space_record_root(uint64_t record)
{
    const struct address_space_entry *entry = &address_space_table[record & RECORD_IDENTIFIER_MASK];
    if (entry->generation != (uint16_t)(record >> RECORD_GENERATION_SHIFT))
        return 0;
    return entry->root;
}

uint64_t address_space_record_address(uint64_t record)
{
    return record & RECORD_ADDRESS_MASK;
}

/* A capability keeps its address space alive (the entry's header counts
 * capabilities), so the root it names is always the live one; and never 0,
 * since physical page 0 is never handed out (boot_memory.c): callers that
 * take 0 for "no address space" may rely on it. */
uint64_t address_space_root(const struct capability *capability)
{
    __builtin_assume(capability->object != 0);
    return capability->object;
}

struct object_header *address_space_header(const struct capability *capability)
{
    return &address_space_table[capability->data & RECORD_IDENTIFIER_MASK].header;
}

/* Called once the last capability is gone: every page table and frame
 * mapped in it keeps its capability, but its record now names a dead
 * generation, so it unmaps nothing later. */
void address_space_destroy(struct object_header *header)
{
    struct address_space_entry *entry = (struct address_space_entry *)header;
    uint16_t identifier = (uint16_t)(entry - address_space_table);
    vspace_clear_user(entry->root);
    hal_vspace_flush_all(entry->root);
    entry->root = 0;
    entry->generation++;
    entry->next_free = address_space_free_list;
    address_space_free_list = identifier;
    address_space_free_count++;
}

enum a9n_error address_space_find(struct slot *caller_root, uint64_t descriptor,
                                  const struct capability **address_space, uint64_t *root)
{
    struct lookup_result found;
    enum a9n_error error = lookup_slot(caller_root, descriptor, true, &found);
    if (error != A9N_OK)
        return error;
    const struct capability *capability = &found.slot->capability;
    if (slot_is_empty(found.slot))
        return A9N_ERROR_EMPTY_SLOT;
    if (capability->type != A9N_OBJECT_ADDRESS_SPACE)
        return A9N_ERROR_WRONG_TYPE;
    if (!(capability->rights & A9N_RIGHT_WRITE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    *address_space = capability;
    *root = address_space_root(capability);
    return A9N_OK;
}

static enum a9n_error address_space_missing_depth(const struct capability *capability,
                                                  uint64_t address, uint64_t size_bits,
                                                  uint64_t *depth)
{
    unsigned frame_depth = vspace_frame_depth(size_bits);
    if (!frame_depth)
        return A9N_ERROR_INVALID_ARGUMENT;
    if (!vspace_user_range(address, 0))
        return A9N_ERROR_INVALID_ADDRESS;
    struct vspace_walk walk;
    switch (vspace_walk(address_space_root(capability), address, frame_depth, &walk)) {
    case VSPACE_FOUND:
        *depth = 0;
        break;
    case VSPACE_TABLE_MISSING:
        *depth = walk.depth;
        break;
    case VSPACE_FRAME_IN_WAY:
        /* A larger frame holds the entry where the next table would go. */
        *depth = walk.depth + 1;
        break;
    }
    return A9N_OK;
}

static uint64_t address_space_frame_sizes(void)
{
    uint64_t sizes = 0;
    for (unsigned depth = 1; depth <= A9N_PAGE_TABLE_MAX_DEPTH; depth++) {
        if (hal_vspace_frame_at_depth(depth))
            sizes |= UINT64_C(1) << hal_vspace_entry_bits(depth);
    }
    return sizes;
}

enum a9n_error address_space_invoke(struct slot *target, uint64_t operation,
                                    const uint64_t *arguments, uint64_t *results)
{
    switch (operation) {
    case A9N_ADDRESS_SPACE_GET_MISSING_DEPTH:
        return address_space_missing_depth(&target->capability, arguments[0], arguments[1],
                                           &results[0]);
    case A9N_ADDRESS_SPACE_GET_FRAME_SIZES:
        results[0] = address_space_frame_sizes();
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

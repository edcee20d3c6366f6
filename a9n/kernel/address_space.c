/*
 * Address spaces (portable core): the root table of a translation tree, its
 * identifier, and the records that name places in it; see
 * include/kernel/address_space.h and the address_space operations in
 * a9n/api/a9n_api.json.
 *
 * Each address space holds one identifier from a static table, whose entry
 * keeps the object header (the count of its capabilities), the root's
 * physical address and the identifier's generation, which counts its reuses.
 * A conversion takes identifiers only from the range of the identifier pool
 * its caller names (identifier_pool.c), so no holder can use up identifiers
 * it was not given.
 * A record lives in the capability that holds it, in two words:
 *   data      bits 63..48  generation bits 15..0
 *             bits 47..12  page-aligned user address (user space ends at or below 2^48)
 *             bits 11..0   identifier, 1 .. ADDRESS_SPACE_IDENTIFIERS - 1
 *   reserved  generation bits 47..16
 * Identifier 0 is never handed out, so no record's data is 0 and data 0
 * means "never mapped". Destroying an address space bumps its identifier's
 * generation, so a record made before names nothing afterwards, even when
 * the identifier and the root's memory are used again. Generations never
 * wrap: an identifier whose generation would reach 2^48 is retired for good
 * instead (at one create-destroy cycle per microsecond that takes nine
 * years, and costs its pool one identifier).
 */
#include <kernel/address_space.h>
#include <kernel/cpu_time.h>
#include <kernel/lookup.h>
#include <kernel/vspace.h>

#define ADDRESS_SPACE_IDENTIFIERS 4096u
#define RECORD_IDENTIFIER_MASK    ((uint64_t)ADDRESS_SPACE_IDENTIFIERS - 1)
#define RECORD_ADDRESS_MASK       UINT64_C(0x0000fffffffff000)
#define RECORD_GENERATION_SHIFT   48
#define RECORD_GENERATION_LOW     16 /* generation bits kept in data; the rest in reserved */
#define GENERATION_LIMIT          (UINT64_C(1) << 48)

struct address_space_entry {
    struct object_header header; /* first: destroy finds the entry from it */
    uint64_t root;               /* physical address of the root table, 0 while free */
    uint64_t generation;         /* below GENERATION_LIMIT while it may be handed out */
    uint64_t cpu_cycles;         /* processor time of the threads that ran in it (cpu_time.c) */
};

/* Entry 0 is never handed out. An identifier is free while its entry has
 * no root and its generation has not reached the limit (retired). Which
 * identifiers a conversion may take is the caller's identifier pool's
 * range (identifier_pool.c). */
static struct address_space_entry address_space_table[ADDRESS_SPACE_IDENTIFIERS];

static bool address_space_identifier_free(uint64_t identifier)
{
    const struct address_space_entry *entry = &address_space_table[identifier];
    return identifier != 0 && !entry->root && entry->generation < GENERATION_LIMIT;
}

uint64_t address_space_identifier_count(void)
{
    return ADDRESS_SPACE_IDENTIFIERS - 1;
}

uint64_t address_space_free_in(uint64_t first, uint64_t count, uint64_t enough)
{
    uint64_t free = 0;
    for (uint64_t identifier = first; identifier < first + count && free < enough; identifier++)
        free += address_space_identifier_free(identifier);
    return free;
}

/* Precondition: an identifier in [*cursor, end) is free (the caller counted
 * them with address_space_free_in). Conversions of several address spaces
 * pass the same cursor, so the whole conversion scans the range once. */
struct capability address_space_create(uint64_t physical, uint64_t *cursor, uint64_t end)
{
    uint64_t identifier = *cursor;
    while (identifier < end && !address_space_identifier_free(identifier))
        identifier++;
    *cursor = identifier + 1;
    struct address_space_entry *entry = &address_space_table[identifier];
    entry->header.type = A9N_OBJECT_ADDRESS_SPACE;
    entry->header.reference_count = 0;
    entry->root = physical;
    entry->cpu_cycles = 0;
    hal_vspace_init(physical);
    /* The address space's own capability holds a record of address 0. */
    return (struct capability){
        .type = A9N_OBJECT_ADDRESS_SPACE,
        .rights = A9N_RIGHTS_ALL,
        .reserved = (uint32_t)(entry->generation >> RECORD_GENERATION_LOW),
        .object = physical,
        .data = entry->generation << RECORD_GENERATION_SHIFT | identifier,
    };
}

void address_space_record_set(struct capability *holder, const struct capability *address_space,
                              uint64_t address)
{
    holder->data = address_space->data | (address & RECORD_ADDRESS_MASK);
    holder->reserved = address_space->reserved;
}

void address_space_record_clear(struct capability *holder)
{
    holder->data = 0;
    holder->reserved = 0;
}

uint64_t address_space_record_root(const struct capability *holder)
{
    const struct address_space_entry *entry =
        &address_space_table[holder->data & RECORD_IDENTIFIER_MASK];
    uint64_t generation = (uint64_t)holder->reserved << RECORD_GENERATION_LOW |
                          holder->data >> RECORD_GENERATION_SHIFT;
    if (entry->generation != generation)
        return 0;
    return entry->root;
}

uint64_t address_space_record_address(const struct capability *holder)
{
    return holder->data & RECORD_ADDRESS_MASK;
}

static struct address_space_entry *address_space_entry_of(const struct capability *capability)
{
    return &address_space_table[capability->data & RECORD_IDENTIFIER_MASK];
}

void address_space_charge(const struct capability *capability, uint64_t cycles)
{
    address_space_entry_of(capability)->cpu_cycles += cycles;
}

uint64_t address_space_cpu_cycles(const struct capability *capability)
{
    return address_space_entry_of(capability)->cpu_cycles;
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
    vspace_clear_user(entry->root);
    hal_vspace_flush_all(entry->root);
    entry->root = 0;
    /* At the limit the identifier is retired: never free again, so its
     * records can never come back to life. */
    entry->generation++;
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
    case A9N_ADDRESS_SPACE_GET_CPU_TIME:
        results[0] = cpu_time_of_address_space(&target->capability);
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

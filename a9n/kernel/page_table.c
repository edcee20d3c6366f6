/*
 * Page tables (portable core): one table of a translation tree, named by its
 * depth below the root; see include/kernel/vspace.h and the page_table
 * operations in a9n/api/a9n_api.json.
 *
 * A page-table capability is unique (it cannot be copied), so its record is
 * the only one, and deleting it unlinks the table. A table is emptied each
 * time it is linked: whatever entries it kept from an earlier place were
 * made there, and the records of their frames and tables may have gone
 * stale since, so they must never become reachable again.
 */
#include <hal/hal.h>
#include <kernel/address_space.h>
#include <kernel/page_table.h>
#include <kernel/vspace.h>

struct capability page_table_create(uint64_t physical, unsigned depth)
{
    return (struct capability){
        .type = A9N_OBJECT_PAGE_TABLE,
        .rights = A9N_RIGHTS_ALL,
        .size_bits = (uint8_t)depth,
        .object = physical,
    };
}

/* The entry above that links this table now, or NULL if none does. */
static hal_vspace_entry_t *page_table_linked_entry(const struct capability *capability)
{
    if (!capability->data)
        return 0;
    uint64_t root = address_space_record_root(capability);
    unsigned above = capability->size_bits - 1u;
    struct vspace_walk walk;
    if (!root ||
        vspace_walk(root, address_space_record_address(capability), above, &walk) != VSPACE_FOUND)
        return 0;
    if (hal_vspace_entry_kind(*walk.entry, above) != HAL_VSPACE_ENTRY_TABLE ||
        hal_vspace_entry_physical(*walk.entry) != capability->object)
        return 0;
    return walk.entry;
}

static void page_table_unlink(struct capability *capability)
{
    hal_vspace_entry_t *entry = page_table_linked_entry(capability);
    if (entry) {
        *entry = 0;
        hal_vspace_flush_all(address_space_record_root(capability));
    }
    address_space_record_clear(capability);
}

void page_table_finalize(const struct capability *capability)
{
    struct capability copy = *capability;
    page_table_unlink(&copy);
}

static enum a9n_error page_table_map(struct slot *caller_root, struct capability *table,
                                     const uint64_t *arguments)
{
    uint64_t address = arguments[1];
    unsigned depth = table->size_bits;
    if (!vspace_user_range(address, 0))
        return A9N_ERROR_INVALID_ADDRESS;
    const struct capability *address_space;
    uint64_t root;
    enum a9n_error error = address_space_find(caller_root, arguments[0], &address_space, &root);
    if (error != A9N_OK)
        return error;
    if (page_table_linked_entry(table))
        return A9N_ERROR_ALREADY_MAPPED;
    struct vspace_walk walk;
    switch (vspace_walk(root, address, depth - 1, &walk)) {
    case VSPACE_TABLE_MISSING:
        return A9N_ERROR_TABLE_MISSING;
    case VSPACE_FRAME_IN_WAY:
        return A9N_ERROR_MAPPING_PRESENT;
    case VSPACE_FOUND:
        break;
    }
    if (hal_vspace_entry_kind(*walk.entry, depth - 1) != HAL_VSPACE_ENTRY_EMPTY)
        return A9N_ERROR_MAPPING_PRESENT;

    __builtin_memset(hal_physical_to_virtual(table->object), 0, HAL_PAGE_SIZE);
    *walk.entry = hal_vspace_table_entry(table->object);
    uint64_t region = UINT64_C(1) << hal_vspace_entry_bits(depth - 1);
    address_space_record_set(table, address_space, address & ~(region - 1));
    return A9N_OK;
}

enum a9n_error page_table_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                                 const uint64_t *arguments, uint64_t *results)
{
    (void)results;
    struct capability *table = &target->capability;
    switch (operation) {
    case A9N_PAGE_TABLE_MAP:
        return page_table_map(caller_root, table, arguments);
    case A9N_PAGE_TABLE_UNMAP:
        if (!page_table_linked_entry(table))
            return A9N_ERROR_NOT_MAPPED;
        page_table_unlink(table);
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}

/*
 * The name service's table (KOITO, name service core); see names_table.h.
 * A linear table: the system has tens of names, and a scan of 64 entries
 * costs less than one IPC.
 */
#include "names_table.h"

#include <string.h>

uint16_t names_badge_namespace(uint64_t badge)
{
    return (uint16_t)(badge >> KOITO_NAMES_NAMESPACE_SHIFT);
}

uint64_t names_badge_rights(uint64_t badge)
{
    return badge & NAMES_RIGHTS_MASK;
}

static bool names_byte_valid(uint8_t byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte == '.' ||
           byte == '-' || byte == '_' || byte == '/';
}

bool names_name_valid(const uint8_t *name, size_t length)
{
    if (length == 0 || length > KOITO_NAMES_NAME_MAX)
        return false;
    for (size_t i = 0; i < length; i++) {
        if (!names_byte_valid(name[i]))
            return false;
    }
    return true;
}

void names_table_init(struct names_table *table)
{
    memset(table, 0, sizeof *table);
}

static bool names_entry_is(const struct names_entry *entry, uint16_t namespace_id,
                           const uint8_t *name, size_t length)
{
    return entry->used && entry->namespace_id == namespace_id && entry->length == length &&
           memcmp(entry->name, name, length) == 0;
}

enum koito_names_error names_table_find(const struct names_table *table, uint64_t badge,
                                        const uint8_t *name, size_t length, unsigned *index)
{
    if (!names_name_valid(name, length))
        return KOITO_NAMES_ERROR_INVALID_NAME;
    uint16_t namespace_id = names_badge_namespace(badge);
    for (unsigned i = 0; i < NAMES_TABLE_CAPACITY; i++) {
        if (names_entry_is(&table->entries[i], namespace_id, name, length)) {
            *index = i;
            return KOITO_NAMES_OK;
        }
    }
    return KOITO_NAMES_ERROR_UNKNOWN_NAME;
}

enum koito_names_error names_table_add(struct names_table *table, uint64_t badge,
                                       const uint8_t *name, size_t length, unsigned *index)
{
    unsigned found;
    enum koito_names_error error = names_table_find(table, badge, name, length, &found);
    if (error == KOITO_NAMES_OK)
        return KOITO_NAMES_ERROR_NAME_TAKEN;
    if (error != KOITO_NAMES_ERROR_UNKNOWN_NAME)
        return error;
    for (unsigned i = 0; i < NAMES_TABLE_CAPACITY; i++) {
        struct names_entry *entry = &table->entries[i];
        if (entry->used)
            continue;
        entry->used = true;
        entry->namespace_id = names_badge_namespace(badge);
        entry->length = (uint8_t)length;
        memcpy(entry->name, name, length);
        *index = i;
        return KOITO_NAMES_OK;
    }
    return KOITO_NAMES_ERROR_TABLE_FULL;
}

void names_table_remove(struct names_table *table, unsigned index)
{
    memset(&table->entries[index], 0, sizeof table->entries[index]);
}

enum koito_names_error names_derive_badge(uint64_t badge, uint64_t rights, uint64_t *derived)
{
    if (rights & ~names_badge_rights(badge))
        return KOITO_NAMES_ERROR_RIGHTS_EXCEEDED;
    *derived = (uint64_t)names_badge_namespace(badge) << KOITO_NAMES_NAMESPACE_SHIFT | rights;
    return KOITO_NAMES_OK;
}

/*
 * The name service's table (KOITO, name service core): which names each
 * namespace has, and the rules for names and rights. Pure logic with no
 * kernel calls, so it builds on the host too (test/host/koito/names_table_test.c).
 *
 * Entry i of the table stands for capability slot i of the server's table
 * range (names_server.c keeps the registered capability there), so a free
 * entry is always a free slot and the table never needs to allocate.
 */
#ifndef KOITO_NAMES_TABLE_H
#define KOITO_NAMES_TABLE_H

#include <koito/protocol/names.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NAMES_TABLE_CAPACITY 64u

/* Badge fields: rights in bits 7..0, the namespace in the 16 bits above
 * KOITO_NAMES_NAMESPACE_SHIFT; other bits are ignored. */
#define NAMES_RIGHTS_MASK                                                                          \
    (KOITO_NAMES_RIGHT_REGISTER | KOITO_NAMES_RIGHT_LOOKUP | KOITO_NAMES_RIGHT_DERIVE)

struct names_entry {
    bool used;
    uint16_t namespace_id;
    uint8_t length;
    char name[KOITO_NAMES_NAME_MAX];
};

struct names_table {
    struct names_entry entries[NAMES_TABLE_CAPACITY];
};

/* The namespace and the rights a badge carries. */
uint16_t names_badge_namespace(uint64_t badge);
uint64_t names_badge_rights(uint64_t badge);

/* Whether `name` (length bytes) is a valid name: 1..KOITO_NAMES_NAME_MAX
 * bytes of a-z, 0-9, '.', '-', '_' and '/'. */
bool names_name_valid(const uint8_t *name, size_t length);

/* An empty table. */
void names_table_init(struct names_table *table);

/* Reserve an entry for `name` in the badge's namespace; *index is its slot.
 * Errors: invalid_name, name_taken, table_full; nothing changes on error. */
enum koito_names_error names_table_add(struct names_table *table, uint64_t badge,
                                       const uint8_t *name, size_t length, unsigned *index);

/* Find `name` in the badge's namespace. Errors: invalid_name, unknown_name. */
enum koito_names_error names_table_find(const struct names_table *table, uint64_t badge,
                                        const uint8_t *name, size_t length, unsigned *index);

/* Free entry `index` (which must be in use). */
void names_table_remove(struct names_table *table, unsigned index);

/* The badge of a capability for the badge's namespace with `rights`.
 * Errors: rights_exceeded if rights has a bit the badge's rights lack (or
 * any bit outside NAMES_RIGHTS_MASK). */
enum koito_names_error names_derive_badge(uint64_t badge, uint64_t rights, uint64_t *derived);

#endif

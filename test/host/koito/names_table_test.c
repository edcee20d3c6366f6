/*
 * Host unit tests of the name service's table and rules
 * (koito/names/names_table.c): valid and invalid names, namespaces kept
 * apart, duplicates, a full table, removal, and derived badges.
 */
#include "names_table.h"

#include <check.h>
#include <string.h>

#define NS(n) ((uint64_t)(n) << KOITO_NAMES_NAMESPACE_SHIFT)
#define ALL   (KOITO_NAMES_RIGHT_REGISTER | KOITO_NAMES_RIGHT_LOOKUP | KOITO_NAMES_RIGHT_DERIVE)

static const uint8_t *bytes(const char *text)
{
    return (const uint8_t *)text;
}

static void test_names(void)
{
    CHECK(names_name_valid(bytes("console"), 7));
    CHECK(names_name_valid(bytes("a/b.c-d_9"), 9));
    CHECK(!names_name_valid(bytes(""), 0));
    CHECK(!names_name_valid(bytes("Console"), 7));
    CHECK(!names_name_valid(bytes("a b"), 3));
    CHECK(!names_name_valid(bytes("a\0b"), 3));
    char longest[KOITO_NAMES_NAME_MAX + 1];
    memset(longest, 'x', sizeof longest);
    CHECK(names_name_valid(bytes(longest), KOITO_NAMES_NAME_MAX));
    CHECK(!names_name_valid(bytes(longest), KOITO_NAMES_NAME_MAX + 1));
}

static void test_add_find_remove(void)
{
    struct names_table table;
    names_table_init(&table);
    unsigned a = 99, b = 99, found = 99;
    CHECK_EQ(names_table_add(&table, NS(1) | ALL, bytes("console"), 7, &a), KOITO_NAMES_OK);
    CHECK_EQ(
        names_table_find(&table, NS(1) | KOITO_NAMES_RIGHT_LOOKUP, bytes("console"), 7, &found),
        KOITO_NAMES_OK);
    CHECK_EQ(found, a);
    /* The same name in another namespace is another entry; neither sees the other's. */
    CHECK_EQ(names_table_find(&table, NS(2), bytes("console"), 7, &found),
             KOITO_NAMES_ERROR_UNKNOWN_NAME);
    CHECK_EQ(names_table_add(&table, NS(2), bytes("console"), 7, &b), KOITO_NAMES_OK);
    CHECK(a != b);
    CHECK_EQ(names_table_add(&table, NS(1), bytes("console"), 7, &found),
             KOITO_NAMES_ERROR_NAME_TAKEN);
    /* A prefix is not the name. */
    CHECK_EQ(names_table_find(&table, NS(1), bytes("cons"), 4, &found),
             KOITO_NAMES_ERROR_UNKNOWN_NAME);
    CHECK_EQ(names_table_find(&table, NS(1), bytes("CONSOLE"), 7, &found),
             KOITO_NAMES_ERROR_INVALID_NAME);
    CHECK_EQ(names_table_add(&table, NS(1), bytes("bad name"), 8, &found),
             KOITO_NAMES_ERROR_INVALID_NAME);
    names_table_remove(&table, a);
    CHECK_EQ(names_table_find(&table, NS(1), bytes("console"), 7, &found),
             KOITO_NAMES_ERROR_UNKNOWN_NAME);
    CHECK_EQ(names_table_find(&table, NS(2), bytes("console"), 7, &found), KOITO_NAMES_OK);
    CHECK_EQ(found, b);
    /* The freed entry is used again. */
    CHECK_EQ(names_table_add(&table, NS(1), bytes("posix"), 5, &found), KOITO_NAMES_OK);
    CHECK_EQ(found, a);
}

static void test_full_table(void)
{
    struct names_table table;
    names_table_init(&table);
    char name[8];
    for (unsigned i = 0; i < NAMES_TABLE_CAPACITY; i++) {
        unsigned index = 0;
        int length = snprintf(name, sizeof name, "n%u", i);
        CHECK_EQ(names_table_add(&table, NS(0), bytes(name), (size_t)length, &index),
                 KOITO_NAMES_OK);
        CHECK_EQ(index, i);
    }
    unsigned index = 1234;
    CHECK_EQ(names_table_add(&table, NS(0), bytes("more"), 4, &index),
             KOITO_NAMES_ERROR_TABLE_FULL);
    CHECK_EQ(index, 1234);
    /* A taken name is reported as taken even when the table is full. */
    CHECK_EQ(names_table_add(&table, NS(0), bytes("n3"), 2, &index), KOITO_NAMES_ERROR_NAME_TAKEN);
    CHECK_EQ(names_table_find(&table, NS(0), bytes("n63"), 3, &index), KOITO_NAMES_OK);
    CHECK_EQ(index, 63);
}

static void test_badges(void)
{
    CHECK_EQ(names_badge_namespace(NS(7) | ALL), 7);
    CHECK_EQ(names_badge_rights(NS(7) | ALL | 0x80), ALL);
    uint64_t derived = 0;
    CHECK_EQ(names_derive_badge(NS(7) | ALL, KOITO_NAMES_RIGHT_LOOKUP, &derived), KOITO_NAMES_OK);
    CHECK_EQ(derived, NS(7) | KOITO_NAMES_RIGHT_LOOKUP);
    CHECK_EQ(names_derive_badge(NS(7) | ALL, 0, &derived), KOITO_NAMES_OK);
    CHECK_EQ(derived, NS(7));
    derived = 5;
    CHECK_EQ(
        names_derive_badge(NS(7) | KOITO_NAMES_RIGHT_DERIVE, KOITO_NAMES_RIGHT_REGISTER, &derived),
        KOITO_NAMES_ERROR_RIGHTS_EXCEEDED);
    CHECK_EQ(names_derive_badge(NS(7) | ALL, 0x100, &derived), KOITO_NAMES_ERROR_RIGHTS_EXCEEDED);
    CHECK_EQ(derived, 5);
}

int main(void)
{
    test_names();
    test_add_find_remove();
    test_full_table();
    test_badges();
    return check_summary();
}

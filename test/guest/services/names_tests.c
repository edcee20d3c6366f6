/*
 * Tests of the name service (koito/names) through its protocol: every
 * request's success and every error it can return, namespaces, derived
 * capabilities, and requests that break the protocol.
 */
#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "services.h"
#include "tests.h"

#include <guest_test.h>
#include <koito/names.h>
#include <koito/protocol/console.h>
#include <koito/server.h>
#include <stdio.h>
#include <string.h>

#define NAME(text) (text), (sizeof(text) - 1)

/* The capability in scratch `slot` is a copy of the test's notification:
 * signalling through it is seen on the original. */
static void check_is_object(unsigned slot)
{
    GUEST_CHECK_EQ(slot_type(scratch(slot)), A9N_OBJECT_NOTIFICATION_PORT);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(slot)), A9N_OK);
    uint64_t bits = 0;
    GUEST_CHECK_EQ(a9n_notification_port_poll(scratch(SLOT_OBJECT), &bits), A9N_OK);
    GUEST_CHECK_EQ(bits, 1);
}

void test_names_register_lookup(void)
{
    names_begin();
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_ALL), "demo/port", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_OK);
    /* The sender keeps its capability; the service holds a copy in its own node. */
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_OBJECT)), A9N_OBJECT_NOTIFICATION_PORT);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_TABLE)), A9N_OBJECT_NOTIFICATION_PORT);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_RECEIVE)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_LOOKUP), "demo/port", scratch(SLOT_FOUND)),
                   KOITO_NAMES_OK);
    check_is_object(SLOT_FOUND);
    /* Every lookup hands out another copy. */
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_ALL), "demo/port", scratch(SLOT_FOUND2)),
                   KOITO_NAMES_OK);
    check_is_object(SLOT_FOUND2);
    fixture_end();
}

void test_names_lookup_errors(void)
{
    names_begin();
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_LOOKUP), "absent", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_LOOKUP), "Bad Name", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_INVALID_NAME);
    GUEST_CHECK_EQ(koito_names_lookup(scratch(SLOT_NAMES_LOOKUP), "", 0, scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_INVALID_NAME);
    char longest[KOITO_NAMES_NAME_MAX + 2];
    memset(longest, 'x', sizeof longest);
    longest[KOITO_NAMES_NAME_MAX + 1] = 0;
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_LOOKUP), longest, scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_INVALID_NAME);
    GUEST_CHECK_EQ(koito_names_lookup(scratch(SLOT_NAMES_LOOKUP), longest, KOITO_NAMES_NAME_MAX + 1,
                                      scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_NONE);
    fixture_end();
}

void test_names_register_errors(void)
{
    names_begin();
    a9n_descriptor_t all = scratch(SLOT_NAMES_ALL);
    GUEST_CHECK_EQ(koito_name_register(all, "taken", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_register(all, "taken", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_NAME_TAKEN);
    GUEST_CHECK_EQ(koito_name_register(all, "UPPER", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_INVALID_NAME);
    /* A refused registration leaves nothing in the service's node. */
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_RECEIVE)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_TABLE + 1)), A9N_OBJECT_NONE);
    /* Fill the table: 63 more names fit, the next does not. */
    char name[16];
    for (unsigned i = 1; i < 64; i++) {
        snprintf(name, sizeof name, "fill%u", i);
        GUEST_CHECK_EQ(koito_name_register(all, name, scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    }
    GUEST_CHECK_EQ(koito_name_register(all, "one-more", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_TABLE_FULL);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_RECEIVE)), A9N_OBJECT_NONE);
    /* Removing one makes room again. */
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("fill9")), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_register(all, "one-more", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    fixture_end();
}

void test_names_unregister(void)
{
    names_begin();
    a9n_descriptor_t all = scratch(SLOT_NAMES_ALL);
    GUEST_CHECK_EQ(koito_name_register(all, "gone", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("gone")), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_TABLE)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(koito_name_lookup(all, "gone", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("gone")), KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("no space")),
                   KOITO_NAMES_ERROR_INVALID_NAME);
    fixture_end();
}

void test_names_rights(void)
{
    names_begin();
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_LOOKUP), "x", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_names_unregister_name(scratch(SLOT_NAMES_LOOKUP), NAME("x")),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_names_derive(scratch(SLOT_NAMES_LOOKUP), KOITO_NAMES_RIGHT_LOOKUP,
                                      scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_NONE), "x", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_NONE), "x", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_RECEIVE)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_NONE);
    fixture_end();
}

void test_names_namespaces(void)
{
    names_begin();
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_ALL), "shared", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_OTHER), "shared", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    /* The same name in namespace 2 is its own entry. */
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_OTHER), "shared", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_OTHER), "shared", scratch(SLOT_FOUND)),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_names_unregister_name(scratch(SLOT_NAMES_OTHER), NAME("shared")),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_LOOKUP), "shared", scratch(SLOT_FOUND2)),
                   KOITO_NAMES_OK);
    check_is_object(SLOT_FOUND2);
    fixture_end();
}

void test_names_derive(void)
{
    names_begin();
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_ALL), "svc", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(
        koito_names_derive(scratch(SLOT_NAMES_ALL), KOITO_NAMES_RIGHT_LOOKUP, scratch(SLOT_FOUND)),
        KOITO_NAMES_OK);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_IPC_PORT);
    uint64_t badge = 0;
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, scratch(SLOT_FOUND), 0, 0, &badge),
                   A9N_OK);
    GUEST_CHECK_EQ(badge, names_badge(1, KOITO_NAMES_RIGHT_LOOKUP));
    /* The derived capability looks up in the same namespace and does nothing else. */
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_FOUND), "svc", scratch(SLOT_FOUND2)),
                   KOITO_NAMES_OK);
    check_is_object(SLOT_FOUND2);
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_FOUND), "new", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    /* Asking for more than the badge has is refused. */
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_FOUND)), A9N_OK);
    GUEST_CHECK_EQ(koito_names_derive(scratch(SLOT_NAMES_ALL), 0x80, scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_RIGHTS_EXCEEDED);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_NONE);
    /* A second derive replaces the service's minted slot without trouble. */
    GUEST_CHECK_EQ(koito_names_derive(scratch(SLOT_NAMES_ALL), 0, scratch(SLOT_FOUND)),
                   KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_FOUND), "svc", scratch(SLOT_FOUND2)),
                   KOITO_NAMES_ERROR_NO_RIGHT);
    fixture_end();
}

void test_names_malformed(void)
{
    names_begin();
    a9n_descriptor_t all = scratch(SLOT_NAMES_ALL);
    uint64_t unknown[] = {KOITO_NAMES_PROTOCOL << 16 | 9};
    GUEST_CHECK_EQ(raw_request(all, unknown, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_UNKNOWN_REQUEST);
    /* Another protocol's label is no request of this one. */
    uint64_t console[] = {KOITO_CONSOLE_FLUSH};
    GUEST_CHECK_EQ(raw_request(all, console, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_UNKNOWN_REQUEST);
    GUEST_CHECK_EQ(raw_request(all, unknown, 0, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_UNKNOWN_REQUEST);
    /* A register without its capability. */
    uint64_t reg[] = {KOITO_NAMES_REGISTER_NAME, 3, 0x636261};
    GUEST_CHECK_EQ(raw_request(all, reg, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    /* A lookup with a capability it does not take: refused and not kept. */
    uint64_t lookup[] = {KOITO_NAMES_LOOKUP, 3, 0x636261};
    GUEST_CHECK_EQ(raw_request(all, lookup, 3, scratch(SLOT_OBJECT)),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_RECEIVE)), A9N_OBJECT_NONE);
    /* Lengths that do not match the bytes they announce. */
    uint64_t short_data[] = {KOITO_NAMES_LOOKUP, 9, 0x636261};
    GUEST_CHECK_EQ(raw_request(all, short_data, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    uint64_t long_data[] = {KOITO_NAMES_LOOKUP, 3, 0x636261, 0};
    GUEST_CHECK_EQ(raw_request(all, long_data, 4, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    uint64_t huge[] = {KOITO_NAMES_LOOKUP, UINT64_MAX, 0};
    GUEST_CHECK_EQ(raw_request(all, huge, 3, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    uint64_t derive[] = {KOITO_NAMES_DERIVE};
    GUEST_CHECK_EQ(raw_request(all, derive, 1, A9N_DESCRIPTOR_INVALID),
                   KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    /* The service still works. */
    GUEST_CHECK_EQ(koito_name_register(all, "abc", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(all, "abc", scratch(SLOT_FOUND)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(strcmp(koito_names_error_name(KOITO_NAMES_ERROR_NAME_TAKEN),
                          "KOITO_NAMES_ERROR_NAME_TAKEN"),
                   0);
    GUEST_CHECK_EQ(strcmp(koito_names_error_name((enum koito_names_error)A9N_ERROR_EMPTY_SLOT),
                          "A9N_ERROR_EMPTY_SLOT"),
                   0);
    fixture_end();
}

void test_names_refused_reply(void)
{
    names_begin();
    /* Without GRANT on the service's port, the kernel refuses every reply that
     * carries a capability: the client gets malformed_reply, not a hang. */
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, names_node_slot(NAMES_NODE_PORT),
                                   A9N_RIGHT_READ | A9N_RIGHT_WRITE),
                   A9N_OK);
    a9n_descriptor_t all = scratch(SLOT_NAMES_ALL);
    GUEST_CHECK_EQ(koito_name_register(all, "kept", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(all, "kept", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_MALFORMED_REPLY);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_NONE);
    /* Replies without a capability still go, and the service goes on. */
    GUEST_CHECK_EQ(koito_name_lookup(all, "absent", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("kept")), KOITO_NAMES_OK);
    fixture_end();
}

void test_names_dead_registrant(void)
{
    names_begin();
    a9n_descriptor_t all = scratch(SLOT_NAMES_ALL);
    GUEST_CHECK_EQ(koito_name_register(all, "mortal", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    /* The registrant's process ends: everything derived from its capability goes, the
     * service's copy with it. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(SLOT_OBJECT)), A9N_OK);
    GUEST_CHECK_EQ(slot_type(names_node_slot(NAMES_NODE_TABLE)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(koito_name_lookup(all, "mortal", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_FOUND)), A9N_OBJECT_NONE);
    /* The name is free again, for a new server. */
    GUEST_CHECK_EQ(koito_name_register(all, "mortal", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_name_lookup(all, "mortal", scratch(SLOT_FOUND)), KOITO_NAMES_OK);
    check_is_object(SLOT_FOUND);
    /* And registering over a dead name works as well as looking it up. */
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(SLOT_OBJECT)), A9N_OK);
    GUEST_CHECK_EQ(koito_name_register(all, "mortal", scratch(SLOT_OBJECT)), KOITO_NAMES_OK);
    GUEST_CHECK_EQ(koito_names_unregister_name(all, NAME("mortal")), KOITO_NAMES_OK);
    fixture_end();
}

static volatile uint64_t notified_bits;

static void record_notification(void *context, uint64_t bits)
{
    (void)context;
    notified_bits |= bits;
}

void test_server_loop_notification(void)
{
    names_begin();
    notified_bits = 0;
    /* The server thread waits in its receive, where it reads the handler next. */
    names_loop()->notified = record_notification;
    make_object(A9N_OBJECT_NOTIFICATION_PORT, SLOT_SIGNAL);
    GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(SLOT_SIGNAL_BADGED),
                                 scratch(SLOT_SIGNAL), A9N_RIGHTS_ALL, 0x40),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_bind_notification(scratch(THREAD_NAMES), scratch(SLOT_SIGNAL)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_notification_port_signal(scratch(SLOT_SIGNAL_BADGED)), A9N_OK);
    /* The server runs when this thread waits for its reply: the signal first, then the
     * request, which is served as usual. */
    GUEST_CHECK_EQ(koito_name_lookup(scratch(SLOT_NAMES_ALL), "absent", scratch(SLOT_FOUND)),
                   KOITO_NAMES_ERROR_UNKNOWN_NAME);
    GUEST_CHECK_EQ(notified_bits, 0x40);
    GUEST_CHECK_EQ(koito_name_register(scratch(SLOT_NAMES_ALL), "after", scratch(SLOT_OBJECT)),
                   KOITO_NAMES_OK);
    fixture_end();
}

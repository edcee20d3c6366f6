/*
 * ULMM suite: sessions and quotas, handles that are not the caller's, kernel
 * objects made for a client, and garbage sent to ULMM.
 */
#include "tests.h"
#include "ulmm_fixture.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"

#include <guest_test.h>
#include <koito/protocol.h>
#include <ulmm/ulmmi.h>

#define CHILD_QUOTA (UINT64_C(64) << 10)

static void quota_of(a9n_descriptor_t session, uint64_t *quota, uint64_t *used)
{
    uint64_t free = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(session, quota, used, &free), KOITO_ULMMI_OK);
}

/* Open a child of the root session with its own address space. */
static uint64_t open_child(void)
{
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_ADDRESS_SPACE, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + ULMM_SLOT_CHILD_SPACE,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    uint64_t child = 0;
    /* A refused lazy range opens nothing: the request changes nothing. */
    GUEST_CHECK_EQ(koito_ulmmi_session_open(ulmm_root(), CHILD_QUOTA, 0x20000001, 0x4000,
                                            scratch(ULMM_SLOT_CHILD_SPACE), &child, ulmm_child()),
                   KOITO_ULMMI_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(child, 0);
    GUEST_CHECK_EQ(koito_ulmmi_session_open(ulmm_root(), CHILD_QUOTA, 0x20000000, 0x4000,
                                            scratch(ULMM_SLOT_CHILD_SPACE), &child, ulmm_child()),
                   KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(slot_type(ulmm_child()), A9N_OBJECT_IPC_PORT);
    return child;
}

void test_quota_exhausted_and_returned(void)
{
    ulmm_begin();
    uint64_t root_quota = 0, root_used = 0;
    quota_of(ulmm_root(), &root_quota, &root_used);
    uint64_t child = open_child();
    uint64_t quota = 0, used = 0;
    quota_of(ulmm_root(), &quota, &used);
    GUEST_CHECK_EQ(quota, root_quota - CHILD_QUOTA);
    quota_of(ulmm_child(), &quota, &used);
    GUEST_CHECK_EQ(quota, CHILD_QUOTA);
    GUEST_CHECK_EQ(used, 2 * ULMM_RECORD_CHARGE); /* its session and its lazy range */
    uint64_t start = 0;
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_child(), 0, 32 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
        KOITO_ULMMI_ERROR_OUT_OF_QUOTA);
    quota_of(ulmm_child(), &quota, &used);
    GUEST_CHECK_EQ(used, 2 * ULMM_RECORD_CHARGE); /* refused whole */
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_child(), 0, 4 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
        KOITO_ULMMI_OK);
    quota_of(ulmm_child(), &quota, &used);
    /* Its four pages, three page tables, its two regions and its session record. */
    GUEST_CHECK_EQ(used, 7 * ULMM_PAGE + 3 * ULMM_RECORD_CHARGE);
    GUEST_CHECK_EQ(koito_ulmmi_quota_take(ulmm_root(), child, CHILD_QUOTA),
                   KOITO_ULMMI_ERROR_OUT_OF_QUOTA);
    GUEST_CHECK_EQ(koito_ulmmi_session_close(ulmm_root(), child), KOITO_ULMMI_OK);
    quota_of(ulmm_root(), &quota, &used);
    GUEST_CHECK_EQ(quota, root_quota);
    GUEST_CHECK_EQ(used, root_used);
    /* The child's capability went with its session. */
    GUEST_CHECK_EQ(slot_type(ulmm_child()), A9N_OBJECT_NONE);
    ulmm_end();
}

void test_foreign_forged_replayed_refused(void)
{
    ulmm_begin();
    uint64_t object = 0;
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(ulmm_root(), KOITO_ULMMI_OBJECT_IPC_PORT, 0, &object,
                                            scratch(SLOT_RECEIVED)),
                   KOITO_ULMMI_OK);
    uint64_t child = open_child();
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_child(), object), KOITO_ULMMI_ERROR_FOREIGN_HANDLE);
    GUEST_CHECK_EQ(koito_ulmmi_session_close(ulmm_child(), child),
                   KOITO_ULMMI_ERROR_FOREIGN_HANDLE);
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_root(), object + 1000),
                   KOITO_ULMMI_ERROR_BAD_HANDLE);
    /* A capability with a badge ULMM never issued names no session. */
    mint(SLOT_COPY3, SLOT_PORT, A9N_RIGHT_WRITE, 0x7777);
    uint64_t quota = 0, used = 0, free = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(scratch(SLOT_COPY3), &quota, &used, &free),
                   KOITO_ULMMI_ERROR_BAD_HANDLE);
    uint64_t added = 1;
    GUEST_CHECK_EQ(koito_ulmmi_memory_add(scratch(SLOT_COPY3), &added),
                   KOITO_ULMMI_ERROR_BAD_HANDLE);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY3)), A9N_OK);
    /* Only the root session may give ULMM memory; here it has no generics node to take from. */
    GUEST_CHECK_EQ(koito_ulmmi_memory_add(ulmm_child(), &added),
                   KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(koito_ulmmi_memory_add(ulmm_root(), &added),
                   KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(koito_ulmmi_session_close(ulmm_root(), child), KOITO_ULMMI_OK);
    /* A closed session's badge, replayed, is recognised as stale. */
    mint(SLOT_COPY3, SLOT_PORT, A9N_RIGHT_WRITE, child);
    GUEST_CHECK_EQ(koito_ulmmi_quota(scratch(SLOT_COPY3), &quota, &used, &free),
                   KOITO_ULMMI_ERROR_STALE_HANDLE);
    GUEST_CHECK_EQ(koito_ulmmi_session_close(ulmm_root(), child), KOITO_ULMMI_ERROR_STALE_HANDLE);
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_root(), object), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_root(), object), KOITO_ULMMI_ERROR_STALE_HANDLE);
    ulmm_end();
}

void test_kernel_objects_for_client(void)
{
    ulmm_begin();
    uint64_t quota = 0, before = 0, after = 0;
    quota_of(ulmm_root(), &quota, &before);
    uint64_t thread = 0, node = 0;
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(ulmm_root(), KOITO_ULMMI_OBJECT_THREAD, 0, &thread,
                                            scratch(SLOT_RECEIVED)),
                   KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_RECEIVED)), A9N_OBJECT_THREAD);
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(ulmm_root(), KOITO_ULMMI_OBJECT_NODE, 4, &node,
                                            scratch(SLOT_NOTIFICATION)),
                   KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_NOTIFICATION)), A9N_OBJECT_NODE);
    quota_of(ulmm_root(), &quota, &after);
    GUEST_CHECK_EQ(after, before + 2 * (ULMM_PAGE + ULMM_RECORD_CHARGE));
    /* Only threads, ports, notifications and nodes: never memory. */
    uint64_t unused = 0;
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(ulmm_root(), ULMM_OBJECT_FRAME, 12, &unused,
                                            scratch(SLOT_NOTIFICATION_COPY)),
                   KOITO_ULMMI_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(ulmm_root(), ULMM_OBJECT_ADDRESS_SPACE, 0, &unused,
                                            scratch(SLOT_NOTIFICATION_COPY)),
                   KOITO_ULMMI_ERROR_INVALID_ARGUMENT);
    /* Freeing takes the client's capability too. */
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_root(), thread), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_RECEIVED)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(koito_ulmmi_object_free(ulmm_root(), node), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(slot_type(scratch(SLOT_NOTIFICATION)), A9N_OBJECT_NONE);
    quota_of(ulmm_root(), &quota, &after);
    GUEST_CHECK_EQ(after, before);
    ulmm_end();
}

static uint64_t garbage_state = 0x9e3779b97f4a7c15u;

static uint64_t garbage(void)
{
    garbage_state ^= garbage_state << 13;
    garbage_state ^= garbage_state >> 7;
    garbage_state ^= garbage_state << 17;
    return garbage_state;
}

void test_garbage_requests_survived(void)
{
    ulmm_begin();
    uint64_t *words = (uint64_t *)koito_ipc_buffer();
    uint64_t refused = 0;
    for (unsigned i = 0; i < 3000; i++) {
        uint64_t length = garbage() % 9;
        for (uint64_t w = 0; w < length; w++)
            words[w] = garbage() >> (garbage() % 64);
        /* Mostly real labels, with arguments of every kind of wrong. */
        if (length > 0 && i % 4 != 0)
            words[0] = ((uint64_t)KOITO_ULMMI_PROTOCOL << 16) | (garbage() % 20);
        struct koito_protocol_exchange exchange = koito_protocol_exchange(length);
        GUEST_CHECK_EQ(koito_protocol_call(ulmm_root(), words, &exchange), A9N_OK);
        refused += exchange.length >= 1 && words[0] != KOITO_ULMMI_OK;
    }
    GUEST_CHECK(refused > 2000);
    /* ULMM still answers, and everything in it is consistent. */
    uint64_t quota = 0, used = 0, free = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(ulmm_root(), &quota, &used, &free), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_check(ulmm_root()), KOITO_ULMMI_OK);
    ulmm_end();
}

/*
 * Set-up of the ULMM suite; see ulmm_fixture.h.
 */
#include "ulmm_fixture.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <ulmm/ulmmi.h>

struct ulmm_server ulmm_test_server;
uint64_t ulmm_test_root;
volatile uint64_t *ulmm_touch_address;
volatile uint64_t ulmm_touch_seen;

static _Alignas(4096) uint8_t ulmm_bootstrap[4 * 4096];
static uint64_t ulmm_slot_bitmap[(1u << (ULMM_TEST_TOP_RADIX + ULMM_KERNEL_LEAF_RADIX)) / 64];

a9n_descriptor_t ulmm_root(void)
{
    return scratch(SLOT_COPY);
}

a9n_descriptor_t ulmm_child(void)
{
    return scratch(SLOT_COPY2);
}

static void ulmm_server_thread(uint64_t i)
{
    ulmm_server_run(&ulmm_test_server); /* returns only when its port is gone */
    helper_park(i);
}

void ulmm_begin_at(unsigned server_priority)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT2);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, ULMM_TEST_TOP_RADIX, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + ULMM_SLOT_WORK_NODE,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, ULMM_KERNEL_LEAF_RADIX, 1,
                                       scratch(ULMM_SLOT_WORK_NODE), 0,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_GENERIC, ULMM_TEST_MEMORY_BITS,
                                       1, A9N_DESCRIPTOR_ROOT, fixture_scratch + ULMM_SLOT_GENERIC,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    /* ULMM learns sizes, never addresses: no physical right. */
    GUEST_CHECK_EQ(a9n_node_demote(A9N_DESCRIPTOR_ROOT, scratch(ULMM_SLOT_GENERIC),
                                   A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL),
                   A9N_OK);
    struct ulmm_server_config config = {
        .top_node = scratch(ULMM_SLOT_WORK_NODE),
        .top_radix = ULMM_TEST_TOP_RADIX,
        .slot_bitmap = ulmm_slot_bitmap,
        .self_space = root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
        .meta_base = ULMM_TEST_META_BASE,
        .meta_size = ULMM_TEST_META_SIZE,
        .bootstrap = ulmm_bootstrap,
        .bootstrap_bytes = sizeof ulmm_bootstrap,
        .seed = 0x5eed,
        .port = scratch(SLOT_PORT),
        .supervisor = scratch(SLOT_PORT2),
        .ipc_buffer = helper_buffer(0),
        .generics = A9N_DESCRIPTOR_INVALID, /* memory comes through ulmm_server_add_generic */
    };
    GUEST_CHECK(ulmm_server_init(&ulmm_test_server, &config));
    GUEST_CHECK_EQ(ulmm_server_add_generic(&ulmm_test_server, scratch(ULMM_SLOT_GENERIC),
                                           ULMM_TEST_MEMORY_BITS),
                   ULMM_OK);
    GUEST_CHECK_EQ(ulmm_server_open_root(&ulmm_test_server, ULMM_TEST_QUOTA,
                                         root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE), 1, ulmm_root(),
                                         &ulmm_test_root),
                   ULMM_OK);
    helper_start(0, ulmm_server_thread, server_priority);
}

void ulmm_begin(void)
{
    ulmm_begin_at(PRIORITY_HIGH);
}

void ulmm_end(void)
{
    GUEST_CHECK_EQ(koito_ulmmi_check(ulmm_root()), KOITO_ULMMI_OK);
    fixture_end();
}

void ulmm_toucher_start(unsigned i, void (*entry)(uint64_t))
{
    a9n_descriptor_t thread = thread_make(i, i, entry, i, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(i), ulmm_root()),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
}

void ulmm_receive_forwarded(struct a9n_message *message)
{
    *message = (struct a9n_message){0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT2), message), A9N_OK);
    GUEST_CHECK_EQ(A9N_MESSAGE_LENGTH(message->info), ULMM_FORWARD_LENGTH);
}

void ulmm_reply_forwarded(void)
{
    struct a9n_message reply = {.info = A9N_MESSAGE_INFO(0, 0)};
    GUEST_CHECK_EQ(a9n_ipc_port_reply(scratch(SLOT_PORT2), &reply), A9N_OK);
}

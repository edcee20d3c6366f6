/*
 * Helpers of the vspace suite; see vspace.h.
 */
#include "vspace.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <string.h>

volatile uint64_t *vspace_target;

a9n_descriptor_t vspace_root(void)
{
    return root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
}

void vspace_begin(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, VSPACE_BADGE);
}

void vspace_convert(a9n_descriptor_t generic, enum a9n_object_type type, uint64_t size_bits,
                    uint64_t count, unsigned n)
{
    GUEST_CHECK_EQ(a9n_generic_convert(generic, type, size_bits, count, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + n, root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
}

static unsigned free_table_slot(void)
{
    unsigned n = VSPACE_SLOT_TABLES;
    while (n < FIXTURE_SCRATCH_COUNT && slot_type(scratch(n)) != A9N_OBJECT_NONE)
        n++;
    GUEST_CHECK(n < FIXTURE_SCRATCH_COUNT);
    return n;
}

void vspace_map(a9n_descriptor_t generic, a9n_descriptor_t as, unsigned frame, uint64_t size_bits,
                uint64_t address, a9n_rights_t rights)
{
    /* Each pass links one table, so the tree's depth bounds the loop. */
    for (unsigned pass = 0; pass < A9N_PAGE_TABLE_MAX_DEPTH; pass++) {
        uint64_t depth = 0;
        GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(as, address, size_bits, &depth), A9N_OK);
        if (depth == 0)
            break;
        unsigned table = free_table_slot();
        vspace_convert(generic, A9N_OBJECT_PAGE_TABLE, depth, 1, table);
        GUEST_CHECK_EQ(a9n_page_table_map(scratch(table), as, address), A9N_OK);
    }
    GUEST_CHECK_EQ(a9n_frame_map(scratch(frame), as, address, rights), A9N_OK);
}

void vspace_load_program(a9n_descriptor_t generic)
{
    a9n_descriptor_t as = scratch(VSPACE_SLOT_AS);
    vspace_convert(generic, A9N_OBJECT_ADDRESS_SPACE, 0, 1, VSPACE_SLOT_AS);
    vspace_convert(generic, A9N_OBJECT_FRAME, 12, 3, VSPACE_SLOT_CODE);
    for (unsigned n = VSPACE_SLOT_CODE; n <= VSPACE_SLOT_STACK; n++)
        GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(n + VSPACE_COPY), scratch(n),
                                     A9N_RIGHTS_ALL),
                       A9N_OK);
    vspace_map(generic, vspace_root(), VSPACE_SLOT_CODE, 12, PROGRAM_WINDOW_CODE, VSPACE_RW);
    memcpy((void *)(uintptr_t)PROGRAM_WINDOW_CODE, vspace_program,
           (size_t)(vspace_program_end - vspace_program));
    vspace_map(generic, as, VSPACE_SLOT_CODE + VSPACE_COPY, 12, PROGRAM_CODE,
               A9N_RIGHT_READ | A9N_RIGHT_EXECUTE);
    vspace_map(generic, vspace_root(), VSPACE_SLOT_DATA, 12, PROGRAM_WINDOW_DATA, VSPACE_RW);
    vspace_map(generic, as, VSPACE_SLOT_DATA + VSPACE_COPY, 12, PROGRAM_DATA, VSPACE_RW);
    vspace_map(generic, as, VSPACE_SLOT_STACK, 12, PROGRAM_STACK, VSPACE_RW);
}

a9n_descriptor_t vspace_program_start(unsigned i, uint64_t value)
{
    a9n_descriptor_t thread = scratch(i);
    vspace_convert(fixture_generic, A9N_OBJECT_THREAD, 0, 1, i);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        scratch(VSPACE_SLOT_AS), 0, scratch(SLOT_COPY)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RIP, 2, PROGRAM_CODE,
                                              PROGRAM_STACK + VSPACE_PAGE, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(
        a9n_thread_write_registers(thread, A9N_X86_64_RSI, 2, value, PROGRAM_DATA, 0, 0, 0, 0),
        A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_set_priority(thread, root_slot(A9N_ROOT_SLOT_THREAD), PRIORITY_LOW,
                                           PRIORITY_LOW),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
    return thread;
}

a9n_descriptor_t vspace_thread_start(unsigned i, void (*entry)(uint64_t))
{
    a9n_descriptor_t thread = thread_make(i, i, entry, i, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE), vspace_root(),
                                        (uint64_t)(uintptr_t)helper_buffer(i), scratch(SLOT_COPY)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
    return thread;
}

void vspace_receive_fault(struct a9n_message *message)
{
    *message = (struct a9n_message){0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), message), A9N_OK);
    GUEST_CHECK_EQ(message->badge, VSPACE_BADGE);
    GUEST_CHECK_EQ(message->info, A9N_MESSAGE_INFO(A9N_FAULT_MESSAGE_LENGTH, A9N_MESSAGE_FAULT));
}

void vspace_reply(void)
{
    struct a9n_message reply = {.info = A9N_MESSAGE_INFO(0, 0)};
    GUEST_CHECK_EQ(a9n_ipc_port_reply(scratch(SLOT_PORT), &reply), A9N_OK);
}

void vspace_writer(uint64_t i)
{
    vspace_target[0] = 1;
    a9n_thread_suspend(scratch((unsigned)i));
    vspace_target[0] = 2;
    helper_park(i);
}

/*
 * Helpers of the IPC suite; see helpers.h.
 */
#include "helpers.h"

#include "../capability/fixture.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <koito/boot.h>

struct helper_report helper_report[HELPERS];

static uint64_t buffers[HELPERS][A9N_IPC_BUFFER_SIZE / 8] __attribute__((aligned(4096)));

uint64_t *helper_buffer(unsigned i)
{
    return buffers[i];
}

uint64_t *root_buffer(void)
{
    return koito_ipc_buffer();
}

void helper_start(unsigned i, void (*entry)(uint64_t), unsigned priority)
{
    a9n_descriptor_t thread = thread_make(i, i, entry, i, priority);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)buffers[i], A9N_THREAD_NO_RESOLVER),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
}

_Noreturn void helper_park(uint64_t i)
{
    helper_report[i].done = 1;
    for (;;)
        a9n_thread_suspend(scratch((unsigned)i));
}

void helper_record(uint64_t i, enum a9n_error error, const struct a9n_message *message)
{
    helper_report[i].count++;
    helper_report[i].error = error;
    helper_report[i].badge = message->badge;
    helper_report[i].info = message->info;
    for (unsigned w = 0; w < A9N_MESSAGE_REGISTERS; w++)
        helper_report[i].words[w] = message->words[w];
}

void let_lower_run(void)
{
    a9n_descriptor_t self = root_slot(A9N_ROOT_SLOT_THREAD);
    GUEST_CHECK_EQ(a9n_thread_set_priority(self, self, PRIORITY_LOW - 1, A9N_THREAD_MAX_PRIORITY),
                   A9N_OK);
    GUEST_CHECK_EQ(
        a9n_thread_set_priority(self, self, A9N_ROOT_THREAD_PRIORITY, A9N_THREAD_MAX_PRIORITY),
        A9N_OK);
}

void resume_past_fault(a9n_descriptor_t thread, a9n_descriptor_t port, uint64_t rip, unsigned skip)
{
    GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RIP, 1, rip + skip, 0, 0, 0, 0, 0),
                   A9N_OK);
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(0, 0)};
    GUEST_CHECK_EQ(a9n_ipc_port_reply(port, &m), A9N_OK);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
}

void make_object(enum a9n_object_type type, unsigned slot)
{
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, type, 0, 1, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch + slot,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
}

void mint(unsigned destination, unsigned source, a9n_rights_t rights, uint64_t badge)
{
    GUEST_CHECK_EQ(
        a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(destination), scratch(source), rights, badge),
        A9N_OK);
}

void ipc_begin(void)
{
    fixture_begin();
    for (unsigned i = 0; i < HELPERS; i++)
        helper_report[i] = (struct helper_report){0};
}

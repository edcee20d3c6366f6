/*
 * Vspace-suite tests of a second address space: a program built from
 * generic memory, loaded through the root server's window and run by a
 * thread there; and revoking the generic it came from, which tears the
 * address space, its tables and frames down, and leaves the memory free
 * for new objects.
 */
#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "tests.h"
#include "vspace.h"

#include <guest_test.h>

#define PROGRAM_VALUE  UINT64_C(0x1234567890abcdef)
#define CHILD_BITS     22u
#define WRITER_ADDRESS (VSPACE_WINDOW + 0x10000)

static uint64_t program_offset(const uint8_t *label)
{
    return (uint64_t)(label - vspace_program);
}

/* The program's first fault: it stored its words, then hit ud2. */
static void check_program_ran(const struct a9n_message *m)
{
    GUEST_CHECK_EQ(m->words[0], A9N_FAULT_INVALID_INSTRUCTION);
    GUEST_CHECK_EQ(m->words[1], 0);
    GUEST_CHECK_EQ(m->words[2], PROGRAM_CODE + program_offset(vspace_program_ud2));
    GUEST_CHECK_EQ(m->words[3], DETAIL_INVALID_OPCODE);
    volatile uint64_t *data = (volatile uint64_t *)(uintptr_t)PROGRAM_WINDOW_DATA;
    GUEST_CHECK_EQ(data[0], PROGRAM_VALUE);
    GUEST_CHECK_EQ(data[1], PROGRAM_CODE);
    GUEST_CHECK_EQ(data[2], PROGRAM_STACK + VSPACE_PAGE);
}

void test_program_in_second_address_space(void)
{
    vspace_begin();
    vspace_load_program(fixture_generic);
    a9n_descriptor_t thread = vspace_program_start(0, PROGRAM_VALUE);
    struct a9n_message m;
    vspace_receive_fault(&m);
    check_program_ran(&m);
    /* Skip ud2: the next instruction writes the code page, read-only there. */
    GUEST_CHECK_EQ(
        a9n_thread_write_registers(thread, A9N_X86_64_RIP, 1, m.words[2] + 2, 0, 0, 0, 0, 0),
        A9N_OK);
    vspace_reply();
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(m.words[1], PROGRAM_CODE);
    GUEST_CHECK_EQ(m.words[2], PROGRAM_CODE + program_offset(vspace_program_store));
    GUEST_CHECK_EQ(m.words[3], DETAIL_WRITE_PROTECTED);
    /* The value went through the program's own stack frame: look at it through the window. */
    uint64_t window_stack = VSPACE_WINDOW + 2 * VSPACE_PAGE;
    vspace_map(fixture_generic, vspace_root(), VSPACE_SLOT_STACK + VSPACE_COPY, 12, window_stack,
               A9N_RIGHT_READ);
    GUEST_CHECK_EQ(((volatile uint64_t *)(uintptr_t)(window_stack + VSPACE_PAGE))[-1],
                   PROGRAM_VALUE);
    fixture_end();
}

void test_revoke_tears_down(void)
{
    vspace_begin();
    vspace_convert(fixture_generic, A9N_OBJECT_GENERIC, CHILD_BITS, 1, VSPACE_SLOT_GENERIC);
    a9n_descriptor_t child = scratch(VSPACE_SLOT_GENERIC);
    /* Thread 0 runs the program in a second address space, all from the child generic. */
    vspace_load_program(child);
    a9n_descriptor_t program = vspace_program_start(0, PROGRAM_VALUE);
    struct a9n_message m;
    vspace_receive_fault(&m);
    check_program_ran(&m);
    GUEST_CHECK_EQ(a9n_thread_suspend(program), A9N_OK);
    /* Thread 1, in the root server's space, writes a frame from the child generic. */
    vspace_convert(child, A9N_OBJECT_FRAME, 12, 1, VSPACE_SLOT_FRAME);
    vspace_map(child, vspace_root(), VSPACE_SLOT_FRAME, 12, WRITER_ADDRESS, VSPACE_RW);
    vspace_target = (volatile uint64_t *)(uintptr_t)WRITER_ADDRESS;
    a9n_descriptor_t writer = vspace_thread_start(1, vspace_writer);
    let_lower_run();
    GUEST_CHECK_EQ(vspace_target[0], 1);

    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, child), A9N_OK);
    GUEST_CHECK_EQ(generic_free(child), UINT64_C(1) << CHILD_BITS);
    for (unsigned n = VSPACE_SLOT_AS; n < FIXTURE_SCRATCH_COUNT; n++)
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NONE);
    uint64_t depth = 0;
    GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(vspace_root(), WRITER_ADDRESS, 12, &depth),
                   A9N_OK);
    GUEST_CHECK_EQ(depth, 1);
    /* The program's thread has no address space left to run in. */
    GUEST_CHECK_EQ(a9n_thread_resume(program), A9N_ERROR_INVALID_ARGUMENT);
    /* The writer's next write faults: its page is gone. */
    GUEST_CHECK_EQ(a9n_thread_resume(writer), A9N_OK);
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(m.words[1], WRITER_ADDRESS);
    GUEST_CHECK_EQ(m.words[3], DETAIL_WRITE_NOT_PRESENT);
    /* The same memory makes new tables and a new frame, and the write completes there. */
    vspace_convert(child, A9N_OBJECT_FRAME, 12, 1, VSPACE_SLOT_FRAME);
    vspace_map(child, vspace_root(), VSPACE_SLOT_FRAME, 12, WRITER_ADDRESS, VSPACE_RW);
    vspace_reply();
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    GUEST_CHECK_EQ(vspace_target[0], 2);
    fixture_end();
}

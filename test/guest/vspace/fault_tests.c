/*
 * Vspace-suite tests of resolvers: a helper thread in the root server's
 * address space faults, the root server receives the fault on the resolver
 * port, fixes the cause (maps a frame, lifts a protection, emulates a kernel
 * call) and replies, and the thread carries on as if nothing had happened.
 */
#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "tests.h"
#include "vspace.h"

#include <guest_test.h>

#define TOUCH_VALUE   UINT64_C(0xfeedface12345678)
#define UNKNOWN_CALL  UINT64_C(0x77)
#define CALL_RESULT   UINT64_C(0x5a5a5a5a00c0ffee)
#define FUNCTION_SIZE 64u /* more than each small thread function (these, vspace_writer) takes */

/* Write once to vspace_target, then park. */
static void toucher(uint64_t i)
{
    *vspace_target = TOUCH_VALUE;
    helper_park(i);
}

/* Make kernel call UNKNOWN_CALL, report what it returned, park. */
static void unknown_caller(uint64_t i)
{
    helper_report[i].words[0] = a9n_kernel_call_3(UNKNOWN_CALL, 0xa1, 0xb2, 0xc3);
    helper_park(i);
}

static void check_within(uint64_t address, void (*function)(uint64_t))
{
    uint64_t start = (uint64_t)(uintptr_t)function;
    GUEST_CHECK(address > start && address < start + FUNCTION_SIZE);
}

static uint64_t read_rip(a9n_descriptor_t thread)
{
    uint64_t rip = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(thread, A9N_X86_64_RIP, 1, &rip, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    return rip;
}

/* A write to `offset` in an unmapped page of 2^size_bits bytes at the window faults; the root
 * server maps a frame of that size there and the write completes in it. */
static void page_fault_resolved(uint64_t size_bits, uint64_t offset)
{
    vspace_begin();
    uint64_t address = VSPACE_WINDOW + offset;
    vspace_target = (volatile uint64_t *)(uintptr_t)address;
    a9n_descriptor_t thread = vspace_thread_start(0, toucher);
    struct a9n_message m;
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(m.words[1], address);
    check_within(m.words[2], toucher);
    GUEST_CHECK_EQ(m.words[2], read_rip(thread));
    GUEST_CHECK_EQ(m.words[3], DETAIL_WRITE_NOT_PRESENT);
    GUEST_CHECK_EQ(helper_report[0].done, 0);

    vspace_convert(fixture_generic, A9N_OBJECT_FRAME, size_bits, 1, VSPACE_SLOT_FRAME);
    vspace_map(fixture_generic, vspace_root(), VSPACE_SLOT_FRAME, size_bits, VSPACE_WINDOW,
               VSPACE_RW);
    vspace_reply();
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    GUEST_CHECK_EQ(*vspace_target, TOUCH_VALUE);
    /* The whole frame is there, fresh. */
    volatile uint64_t *frame = (volatile uint64_t *)(uintptr_t)VSPACE_WINDOW;
    GUEST_CHECK_EQ(frame[0], 0);
    GUEST_CHECK_EQ(frame[(UINT64_C(1) << size_bits) / 8 - 1], 0);
    fixture_end();
}

void test_page_fault_4kib(void)
{
    page_fault_resolved(12, 0x238);
}

void test_page_fault_2mib(void)
{
    page_fault_resolved(21, 0x123458);
}

void test_protect_then_write_faults(void)
{
    vspace_begin();
    vspace_convert(fixture_generic, A9N_OBJECT_FRAME, 12, 1, VSPACE_SLOT_FRAME);
    a9n_descriptor_t frame = scratch(VSPACE_SLOT_FRAME);
    vspace_map(fixture_generic, vspace_root(), VSPACE_SLOT_FRAME, 12, VSPACE_WINDOW, VSPACE_RW);
    uint64_t address = VSPACE_WINDOW + 0x80;
    vspace_target = (volatile uint64_t *)(uintptr_t)address;
    a9n_descriptor_t writer = vspace_thread_start(0, vspace_writer);
    let_lower_run();
    GUEST_CHECK_EQ(*vspace_target, 1);
    /* The root server writes too, so a writable translation may be cached on this CPU. */
    vspace_target[1] = 3;
    GUEST_CHECK_EQ(a9n_frame_protect(frame, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(vspace_target[1], 3);

    GUEST_CHECK_EQ(a9n_thread_resume(writer), A9N_OK);
    struct a9n_message m;
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(m.words[1], address);
    check_within(m.words[2], vspace_writer);
    GUEST_CHECK_EQ(m.words[3], DETAIL_WRITE_PROTECTED);
    GUEST_CHECK_EQ(*vspace_target, 1);
    GUEST_CHECK_EQ(a9n_frame_protect(frame, VSPACE_RW), A9N_OK);
    vspace_reply();
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    GUEST_CHECK_EQ(*vspace_target, 2);
    fixture_end();
}

void test_deleted_frame_faults(void)
{
    vspace_begin();
    vspace_convert(fixture_generic, A9N_OBJECT_FRAME, 12, 2, VSPACE_SLOT_FRAME);
    vspace_map(fixture_generic, vspace_root(), VSPACE_SLOT_FRAME, 12, VSPACE_WINDOW, VSPACE_RW);
    vspace_target = (volatile uint64_t *)(uintptr_t)VSPACE_WINDOW;
    vspace_target[1] = 3;
    a9n_descriptor_t writer = vspace_thread_start(0, vspace_writer);
    let_lower_run();
    GUEST_CHECK_EQ(*vspace_target, 1);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(VSPACE_SLOT_FRAME)), A9N_OK);

    GUEST_CHECK_EQ(a9n_thread_resume(writer), A9N_OK);
    struct a9n_message m;
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(m.words[1], VSPACE_WINDOW);
    check_within(m.words[2], vspace_writer);
    GUEST_CHECK_EQ(m.words[3], DETAIL_WRITE_NOT_PRESENT);
    /* The tables stay: only the frame's entry went. The second frame takes its place. */
    uint64_t depth = ~UINT64_C(0);
    GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(vspace_root(), VSPACE_WINDOW, 12, &depth),
                   A9N_OK);
    GUEST_CHECK_EQ(depth, 0);
    vspace_map(fixture_generic, vspace_root(), VSPACE_SLOT_FRAME + 1, 12, VSPACE_WINDOW, VSPACE_RW);
    vspace_reply();
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    GUEST_CHECK_EQ(vspace_target[0], 2);
    GUEST_CHECK_EQ(vspace_target[1], 0);
    fixture_end();
}

void test_unknown_call_emulated(void)
{
    vspace_begin();
    a9n_descriptor_t caller = vspace_thread_start(0, unknown_caller);
    struct a9n_message m;
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_UNKNOWN_CALL);
    GUEST_CHECK_EQ(m.words[1], UNKNOWN_CALL);
    /* The instruction pointer is that of the instruction after syscall (0f 05), which may lie in
     * the stub rather than in unknown_caller when the stub is not inlined. */
    GUEST_CHECK_EQ(m.words[2], read_rip(caller));
    const volatile uint8_t *after = (const volatile uint8_t *)(uintptr_t)m.words[2];
    GUEST_CHECK_EQ(after[-2], 0x0f);
    GUEST_CHECK_EQ(after[-1], 0x05);
    GUEST_CHECK_EQ(m.words[3], 0);
    GUEST_CHECK_EQ(m.words[4], 0xa1);
    GUEST_CHECK_EQ(m.words[5], 0xb2);
    GUEST_CHECK_EQ(m.words[6], 0xc3);
    GUEST_CHECK_EQ(helper_report[0].done, 0);
    /* Emulate it: the result register, then the reply. */
    GUEST_CHECK_EQ(
        a9n_thread_write_registers(caller, A9N_X86_64_RAX, 1, CALL_RESULT, 0, 0, 0, 0, 0), A9N_OK);
    vspace_reply();
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    GUEST_CHECK_EQ(helper_report[0].words[0], CALL_RESULT);
    fixture_end();
}

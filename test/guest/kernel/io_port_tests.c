/*
 * Tests that user code reaches I/O ports only through an I/O port
 * capability: the root server's capability reads a port, and a direct `in`
 * instruction from user mode is a protection fault, reported to the thread's
 * resolver. (That the root server's own thread faults too, the fault probe's
 * `io-port` case checks: a fault there stops the root server.)
 *
 * The port is COM2's line status register (0x2fd; COM1 is the kernel's
 * console, which no capability reaches): reading it is harmless, and its
 * transmitter-ready bit is set on the idle UART.
 */
#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>

#define COM2_LINE_STATUS   0x2fdu
#define TRANSMITTER_READY  0x20u
#define RESOLVER_BADGE     0x10u
#define VECTOR_PROTECTION  13u
#define IN_AL_DX           0xecu /* the one-byte encoding of `inb %dx, %al` */
#define FAULT_DETAIL(v, e) ((uint64_t)(v) << 32 | (e))

void test_root_reads_io_port_through_capability(void)
{
    fixture_begin();
    uint64_t status = 0;
    GUEST_CHECK_EQ(
        a9n_io_port_read(root_slot(A9N_ROOT_SLOT_IO_PORTS), COM2_LINE_STATUS, 1, &status), A9N_OK);
    GUEST_CHECK(status & TRANSMITTER_READY);
    fixture_end();
}

/* Read the line status with a direct `in`; go on only if the resolver skips it. */
static void direct_reader(uint64_t i)
{
    __asm__ volatile("inb %%dx, %%al" : : "d"((uint16_t)COM2_LINE_STATUS) : "rax");
    helper_park(i);
}

void test_direct_io_port_access_faults(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, RESOLVER_BADGE);
    a9n_descriptor_t reader = thread_make(0, 0, direct_reader, 0, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(reader, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(0), scratch(SLOT_COPY)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(reader), A9N_OK);

    struct a9n_message m = {0};
    GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), &m), A9N_OK);
    GUEST_CHECK_EQ(m.badge, RESOLVER_BADGE);
    GUEST_CHECK_EQ(m.info, A9N_MESSAGE_INFO(A9N_FAULT_MESSAGE_LENGTH, A9N_MESSAGE_FAULT));
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PROTECTION);
    GUEST_CHECK_EQ(m.words[1], 0);
    GUEST_CHECK_EQ(m.words[3], FAULT_DETAIL(VECTOR_PROTECTION, 0));
    uint64_t rip = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(reader, A9N_X86_64_RIP, 1, &rip, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(m.words[2], rip);
    GUEST_CHECK_EQ(*(const volatile uint8_t *)(uintptr_t)rip, IN_AL_DX);
    GUEST_CHECK_EQ(helper_report[0].done, 0);

    /* Skip the one-byte instruction and resume the thread: it carries on. */
    resume_past_fault(reader, scratch(SLOT_PORT), rip, 1);
    fixture_end();
}

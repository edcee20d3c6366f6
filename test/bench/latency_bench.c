/*
 * Worst-case interrupt latency (issue 10): guest instructions from an
 * interrupt being raised until the thread that handles it runs, while the
 * root thread is inside one long kernel operation:
 *   - revoking a chain of 65,536 copies (each one copied from the one before);
 *   - demoting such a chain;
 *   - moving a capability with 65,534 children;
 *   - deleting the last capability of a node whose 2^16 slots are all full;
 *   - converting 2^20 objects into a node of 2^20 slots whose last one is
 *     full (the check that the destination slots are empty reads them all
 *     before it fails);
 *   - converting a 1 GiB frame (which zeroes it).
 * The kernel stops such an operation at a preemption point once an interrupt
 * is pending, takes the interrupt on the way out, and the caller runs the
 * call again later (see the manual, "Preemption points"). The bar is 50,000
 * guest instructions in each case (run-bench.py).
 *
 * The interrupt: a UART's receive timeout. The bench takes COM1 (ISA line 4)
 * where the kernel lets it, and otherwise COM2 (0x2f8, line 3: kernels that
 * keep their console's UART to themselves refuse COM1 with in_use, and
 * koito-run then provides COM2), and sets it to 115200 baud, 8N1, as the
 * kernel sets its console. In loopback the byte written is
 * received at once, and with the receive FIFO's trigger at 14 bytes one byte
 * interrupts only when the receive timeout runs out, four character times
 * later, on QEMU's virtual clock, which under -icount shift=0 advances one
 * nanosecond per guest instruction. So the interrupt is raised a fixed
 * number D of instructions after the write, whatever the CPU does meanwhile.
 * The handler thread (priority LATENCY_PRIORITY, above the root thread)
 * waits on the notification the UART's interrupt port signals and stamps the
 * time stamp counter when its wait returns.
 *
 * D is measured first with the root thread spinning in user mode, stamping
 * the counter in a loop: its last stamp stored before the handler ran (which
 * the handler copies) is the moment the interrupt was raised, to within one
 * turn of the loop (a few instructions). That run's own latency, user mode to handler, is recorded
 * too. Then each case: write the byte, stamp T0, start the operation;
 * latency = handler's stamp - (T0 + D). Each case runs once: it takes
 * millions of instructions (the 1 GiB zeroing some hundreds of millions),
 * and icount makes it exact, so one sample is the figure.
 *
 * Memory: the 1 GiB frame needs a free generic of 1 GiB (run-bench.py boots
 * with --memory 2560M, like the memory suite's large run); everything else
 * comes from the largest other generic, which this group uses as the
 * fixture's generic while it runs.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"
#include "../guest/thread/threads.h"

#include <guest_test.h>
#include <koito/boot.h>
#include <stdio.h>

#define LATENCY_PRIORITY 200u /* above the root thread (A9N_ROOT_THREAD_PRIORITY) */
#define HANDLER          0u   /* helper thread index */
#define BIG_RADIX        16u
#define BIG_SLOTS        (1u << BIG_RADIX)
#define FRAME_BITS       30u
#define CHECK_RADIX      20u /* A9N_NODE_MAX_RADIX: the most slots one conversion checks */
#define SIGNAL_BADGE     1u

#define COM1              0x3f8u
#define COM1_LINE         4u
#define COM2              0x2f8u
#define COM2_LINE         3u
#define UART_IER          1u /* register offsets from the UART's base */
#define UART_FCR          2u
#define UART_LCR          3u
#define UART_MCR          4u
#define LCR_DIVISOR_LATCH 0x80u
#define LCR_8N1           0x03u
#define IER_RECEIVED_DATA 0x01u
#define FCR_TRIGGER_14    0xc7u /* FIFOs on and cleared, interrupt at 14 bytes */
#define MCR_KERNEL        0x03u /* DTR, RTS: what the kernel's console set */
#define MCR_LOOPBACK      0x1bu /* DTR, RTS, OUT2, loopback */

static uint16_t uart; /* the UART's base port */
static volatile uint64_t handled_at;
static volatile unsigned handled_count;
static volatile uint64_t spun_at;
static volatile uint64_t spun_at_seen; /* spun_at when the handler ran */

/* The handler thread: each time the interrupt signals, stamp and wait again. */
static void handler(uint64_t i)
{
    (void)i;
    for (;;) {
        uint64_t bits = 0;
        enum a9n_error error = a9n_notification_port_wait(scratch(BENCH_SLOT_SIGNAL), &bits);
        handled_at = bench_now();
        spun_at_seen = spun_at;
        GUEST_CHECK_EQ(error, A9N_OK);
        GUEST_CHECK_EQ(bits, SIGNAL_BADGE);
        handled_count++;
    }
}

static void uart_write(uint64_t offset, uint64_t value)
{
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(BENCH_SLOT_UART), uart + offset, 1, value), A9N_OK);
}

/* Send a byte to the UART in loopback: its receive timeout interrupts D instructions later. */
static uint64_t arm(void)
{
    uart_write(UART_MCR, MCR_LOOPBACK);
    uart_write(UART_FCR, FCR_TRIGGER_14);
    uart_write(UART_IER, IER_RECEIVED_DATA);
    GUEST_CHECK_EQ(a9n_io_port_write(scratch(BENCH_SLOT_UART), uart, 1, 'L'), A9N_OK);
    return bench_now();
}

/* After the handler ran: take the byte, quiet the UART, leave it as the kernel sets a console. */
static void disarm(unsigned expected_count)
{
    uint64_t byte = 0;
    GUEST_CHECK_EQ(handled_count, expected_count);
    GUEST_CHECK_EQ(a9n_io_port_read(scratch(BENCH_SLOT_UART), uart, 1, &byte), A9N_OK);
    GUEST_CHECK_EQ(byte, 'L');
    uart_write(UART_IER, 0);
    uart_write(UART_MCR, MCR_KERNEL);
    GUEST_CHECK_EQ(a9n_interrupt_port_acknowledge(scratch(BENCH_SLOT_INTERRUPT)), A9N_OK);
}

/* The non-device generic of exactly 2^bits bytes, or the largest other one when bits is 0. */
static a9n_descriptor_t find_generic(unsigned bits, a9n_descriptor_t other_than)
{
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_generic *generics = a9n_root_info_generics(info);
    const struct a9n_root_generic *best = 0;
    for (unsigned i = 0; i < info->generic_count; i++) {
        const struct a9n_root_generic *g = &generics[i];
        if (g->flags != 0 || root_slot(g->slot) == other_than)
            continue;
        if (bits ? g->size_bits == bits : !best || g->size_bits > best->size_bits)
            best = g;
    }
    GUEST_CHECK(best != 0);
    return best ? root_slot(best->slot) : A9N_DESCRIPTOR_INVALID;
}

static a9n_descriptor_t big_slot(unsigned index)
{
    return a9n_descriptor_child(scratch(BENCH_SLOT_BIG), BIG_RADIX, index);
}

static void make_big_node(void)
{
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, BIG_RADIX, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_BIG, 0),
                   A9N_OK);
}

/* COM1 if the kernel grants it, else COM2: its ports and interrupt port; 115200 baud, 8N1. */
static void uart_issue(void)
{
    unsigned line = COM1_LINE;
    uart = COM1;
    enum a9n_error error =
        a9n_io_port_issue_range(root_slot(A9N_ROOT_SLOT_IO_PORTS), COM1, 8, A9N_DESCRIPTOR_ROOT,
                                fixture_scratch + BENCH_SLOT_UART);
    if (error == A9N_ERROR_IN_USE) {
        line = COM2_LINE;
        uart = COM2;
        error = a9n_io_port_issue_range(root_slot(A9N_ROOT_SLOT_IO_PORTS), COM2, 8,
                                        A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_UART);
    }
    GUEST_CHECK_EQ(error, A9N_OK);
    GUEST_CHECK_EQ(a9n_interrupt_region_issue_port(root_slot(A9N_ROOT_SLOT_INTERRUPTS), line,
                                                   A9N_DESCRIPTOR_ROOT,
                                                   fixture_scratch + BENCH_SLOT_INTERRUPT),
                   A9N_OK);
    uart_write(UART_LCR, LCR_DIVISOR_LATCH);
    uart_write(0, 1); /* divisor 1: 115200 baud */
    uart_write(1, 0);
    uart_write(UART_LCR, LCR_8N1);
}

/* Interrupt, handler and D; returns D. */
static uint64_t latency_setup(void)
{
    uart_issue();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NOTIFICATION_PORT, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_SIGNAL, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_SIGNAL_BADGED),
                                 scratch(BENCH_SLOT_SIGNAL), A9N_RIGHTS_ALL, SIGNAL_BADGE),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_interrupt_port_bind_notification(scratch(BENCH_SLOT_INTERRUPT),
                                                        scratch(BENCH_SLOT_SIGNAL_BADGED)),
                   A9N_OK);
    /* Higher than the root thread: it runs at once and waits. */
    bench_thread_start(HANDLER, handler, LATENCY_PRIORITY, bench_root_space(),
                       A9N_THREAD_NO_RESOLVER);

    /* D, with the root thread spinning in user mode. */
    unsigned before = handled_count;
    uint64_t armed = arm();
    while (handled_count == before)
        spun_at = bench_now();
    disarm(before + 1);
    /* The handler's copy: the spinning thread may store one stamp more before it sees the
     * count change, if the interrupt came between its reading the counter and its store. */
    uint64_t raised = spun_at_seen;
    printf("# interrupt latency: raised %llu instructions after the byte was sent\n",
           (unsigned long long)(raised - armed));
    GUEST_CHECK(raised > armed && handled_at > raised);
    bench_record_single("interrupt_latency", "\"during\": \"user mode\"", handled_at - raised);
    return raised - armed;
}

/* Record the latency of the interrupt armed at `armed`, raised during an operation that ended
 * at `ended`. */
static void latency_record(const char *parameters, uint64_t armed, uint64_t ended, uint64_t delay,
                           unsigned expected_count)
{
    disarm(expected_count);
    uint64_t raised = armed + delay;
    /* The operation must still have been running when the interrupt came. */
    GUEST_CHECK(ended > raised && handled_at > raised && handled_at < ended);
    bench_record_single("interrupt_latency", parameters, handled_at - raised);
}

/* A chain of copies of the big node's capability in every slot of the big node. */
static void make_chain(void)
{
    enum a9n_error error =
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, big_slot(0), scratch(BENCH_SLOT_BIG), A9N_RIGHTS_ALL);
    for (unsigned i = 1; i < BIG_SLOTS && error == A9N_OK; i++)
        error = a9n_node_copy(A9N_DESCRIPTOR_ROOT, big_slot(i), big_slot(i - 1), A9N_RIGHTS_ALL);
    GUEST_CHECK_EQ(error, A9N_OK);
}

static void latency_revoke_chain(uint64_t delay)
{
    make_big_node();
    make_chain();
    unsigned before = handled_count;
    uint64_t armed = arm();
    enum a9n_error error = a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_BIG));
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_OK);
    GUEST_CHECK_EQ(slot_type(big_slot(0)), A9N_OBJECT_NONE);
    latency_record("\"during\": \"revoke\", \"capabilities\": 65536", armed, ended, delay,
                   before + 1);
}

static void latency_demote_chain(uint64_t delay)
{
    make_chain();
    unsigned before = handled_count;
    uint64_t armed = arm();
    enum a9n_error error = a9n_node_demote(A9N_DESCRIPTOR_ROOT, big_slot(0), A9N_RIGHT_READ);
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_OK);
    enum a9n_object_type type;
    a9n_rights_t rights = 0;
    uint64_t badge;
    GUEST_CHECK_EQ(
        a9n_node_inspect(A9N_DESCRIPTOR_ROOT, big_slot(BIG_SLOTS - 1), &type, &rights, &badge),
        A9N_OK);
    GUEST_CHECK_EQ(rights, A9N_RIGHT_READ);
    latency_record("\"during\": \"demote\", \"capabilities\": 65536", armed, ended, delay,
                   before + 1);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_BIG)), A9N_OK);
}

static void latency_move_children(uint64_t delay)
{
    enum a9n_error error =
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, big_slot(0), scratch(BENCH_SLOT_BIG), A9N_RIGHTS_ALL);
    for (unsigned i = 1; i < BIG_SLOTS - 1 && error == A9N_OK; i++)
        error = a9n_node_copy(A9N_DESCRIPTOR_ROOT, big_slot(i), big_slot(0), A9N_RIGHTS_ALL);
    GUEST_CHECK_EQ(error, A9N_OK);
    unsigned before = handled_count;
    uint64_t armed = arm();
    error = a9n_node_move(A9N_DESCRIPTOR_ROOT, big_slot(BIG_SLOTS - 1), big_slot(0));
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_OK);
    GUEST_CHECK_EQ(slot_type(big_slot(0)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(slot_type(big_slot(BIG_SLOTS - 1)), A9N_OBJECT_NODE);
    latency_record("\"during\": \"move\", \"children\": 65534", armed, ended, delay, before + 1);
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_BIG)), A9N_OK);
}

static void latency_delete_node(uint64_t delay)
{
    enum a9n_error error = A9N_OK;
    for (unsigned i = 0; i < BIG_SLOTS && error == A9N_OK; i++)
        error = a9n_node_copy(A9N_DESCRIPTOR_ROOT, big_slot(i), root_slot(A9N_ROOT_SLOT_NODE),
                              A9N_RIGHTS_ALL);
    GUEST_CHECK_EQ(error, A9N_OK);
    unsigned before = handled_count;
    uint64_t armed = arm();
    error = a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_BIG));
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(BENCH_SLOT_BIG)), A9N_OBJECT_NONE);
    latency_record("\"during\": \"delete\", \"node_slots\": 65536", armed, ended, delay,
                   before + 1);
}

static void latency_convert_check(uint64_t delay)
{
    const uint64_t slots = UINT64_C(1) << CHECK_RADIX;
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, CHECK_RADIX, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_BIG, 0),
                   A9N_OK);
    a9n_descriptor_t last = a9n_descriptor_child(scratch(BENCH_SLOT_BIG), CHECK_RADIX, slots - 1);
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, last, root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHT_READ),
        A9N_OK);
    unsigned before = handled_count;
    uint64_t armed = arm();
    enum a9n_error error = a9n_generic_convert(fixture_generic, A9N_OBJECT_NOTIFICATION_PORT, 0,
                                               slots, scratch(BENCH_SLOT_BIG), 0, 0);
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_ERROR_SLOT_OCCUPIED);
    GUEST_CHECK_EQ(slot_type(a9n_descriptor_child(scratch(BENCH_SLOT_BIG), CHECK_RADIX, 0)),
                   A9N_OBJECT_NONE);
    latency_record("\"during\": \"convert check\", \"node_slots\": 1048576", armed, ended, delay,
                   before + 1);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_BIG)), A9N_OK);
}

static void latency_convert_frame(uint64_t delay, a9n_descriptor_t gibibyte)
{
    unsigned before = handled_count;
    uint64_t armed = arm();
    enum a9n_error error =
        a9n_generic_convert(gibibyte, A9N_OBJECT_FRAME, FRAME_BITS, 1, A9N_DESCRIPTOR_ROOT,
                            fixture_scratch + BENCH_SLOT_FRAME, 0);
    uint64_t ended = bench_now();
    GUEST_CHECK_EQ(error, A9N_OK);
    GUEST_CHECK_EQ(slot_type(scratch(BENCH_SLOT_FRAME)), A9N_OBJECT_FRAME);
    latency_record("\"during\": \"convert\", \"frame_bits\": 30", armed, ended, delay, before + 1);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(BENCH_SLOT_FRAME)), A9N_OK);
}

void bench_interrupt_latency(void)
{
    ipc_begin();
    a9n_descriptor_t gibibyte = find_generic(FRAME_BITS, A9N_DESCRIPTOR_INVALID);
    a9n_descriptor_t saved = fixture_generic;
    a9n_descriptor_t other = find_generic(0, gibibyte);
    fixture_generic = other;

    uint64_t delay = latency_setup();
    latency_revoke_chain(delay);
    latency_demote_chain(delay);
    latency_move_children(delay);
    latency_delete_node(delay);
    latency_convert_check(delay);
    latency_convert_frame(delay, gibibyte);

    GUEST_CHECK_EQ(a9n_interrupt_port_unbind_notification(scratch(BENCH_SLOT_INTERRUPT)), A9N_OK);
    fixture_generic = saved;
    fixture_end();
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, other), A9N_OK);
}

/*
 * Thread-suite tests: thread objects and the scheduler, through
 * real kernel calls. The threads share the root server's address space and
 * talk to the test through shared variables, so these tests need no IPC.
 */
#include "tests.h"
#include "threads.h"

#include "../capability/fixture.h"

#include <guest_test.h>

/* Spinning this long spans several timer ticks (10 ms each) under emulation. */
#define SPIN_TICKS 20000000ull

static volatile uint64_t counters[4];
static volatile uint64_t seen_tls;

/* Count forever. */
static void counting_thread(uint64_t index)
{
    for (;;)
        counters[index]++;
}

/* Note that it ran, then suspend itself (the thread is in scratch slot `n`). */
static void marking_thread(uint64_t n)
{
    counters[n] = 1;
    a9n_thread_suspend(scratch((unsigned)n));
    counters[n] = 2;
    for (;;)
        a9n_thread_suspend(scratch((unsigned)n));
}

static void faulting_thread(uint64_t unused)
{
    (void)unused;
    counters[0] = 1;
    __asm__ volatile("ud2");
}

static void tls_thread(uint64_t n)
{
    uint64_t value;
    __asm__ volatile("movq %%fs:0, %0" : "=r"(value));
    seen_tls = value;
    for (;;)
        a9n_thread_suspend(scratch((unsigned)n));
}

/* Wait on notification port scratch(n + 1) forever. */
static void waiting_thread(uint64_t n)
{
    counters[n] = 1;
    for (;;) {
        uint64_t bits = 0;
        a9n_notification_port_wait(scratch((unsigned)n + 1), &bits);
    }
}

/* Note that it ran, then delete its own (only) capability, in scratch slot `n`. */
static void self_deleting_thread(uint64_t n)
{
    counters[n] = 1;
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch((unsigned)n));
    counters[n] = 2;
    for (;;)
        ;
}

static void reset_counters(void)
{
    for (unsigned i = 0; i < 4; i++)
        counters[i] = 0;
}

void test_higher_priority_runs_at_once(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t t = thread_make(0, 0, marking_thread, 0, A9N_ROOT_THREAD_PRIORITY + 1);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    /* It preempted the root server inside resume and suspended itself. */
    GUEST_CHECK_EQ(counters[0], 1);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(counters[0], 2);
    fixture_end();
}

void test_lower_priority_waits(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t t = thread_make(0, 0, counting_thread, 0, A9N_ROOT_THREAD_PRIORITY - 1);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    thread_spin(SPIN_TICKS);
    GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
    GUEST_CHECK_EQ(counters[0], 0);
    /* Deleting its only capability destroys it, runnable or not. */
    fixture_end();
}

void test_equal_priorities_share_the_processor(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t a = thread_make(0, 0, counting_thread, 0, A9N_ROOT_THREAD_PRIORITY);
    a9n_descriptor_t b = thread_make(1, 1, counting_thread, 1, A9N_ROOT_THREAD_PRIORITY);
    GUEST_CHECK_EQ(a9n_thread_resume(a), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(b), A9N_OK);
    /* No yield: only timer preemption lets them run while the root server spins. */
    thread_spin(SPIN_TICKS);
    GUEST_CHECK(counters[0] > 0);
    GUEST_CHECK(counters[1] > 0);
    GUEST_CHECK_EQ(a9n_thread_suspend(a), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_suspend(b), A9N_OK);
    uint64_t frozen = counters[0];
    thread_spin(SPIN_TICKS);
    GUEST_CHECK_EQ(counters[0], frozen);
    /* Suspend is idempotent. */
    GUEST_CHECK_EQ(a9n_thread_suspend(a), A9N_OK);
    fixture_end();
}

void test_deleted_thread_stops(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t t = thread_make(0, 0, counting_thread, 0, A9N_ROOT_THREAD_PRIORITY);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
    GUEST_CHECK(counters[0] > 0);
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, t), A9N_OK);
    uint64_t last = counters[0];
    thread_spin(SPIN_TICKS);
    GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
    GUEST_CHECK_EQ(counters[0], last);
    fixture_end();
}

void test_fault_without_resolver_stops_thread(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t t = thread_make(0, 0, faulting_thread, 0, A9N_ROOT_THREAD_PRIORITY + 1);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(counters[0], 1);
    /* The kernel and the root server carry on; the thread's registers show where it stopped. */
    uint64_t rip = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_RIP, 1, &rip, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK(rip > (uint64_t)(uintptr_t)faulting_thread);
    GUEST_CHECK(rip < (uint64_t)(uintptr_t)faulting_thread + 64);
    fixture_end();
}

void test_tls_base(void)
{
    fixture_begin();
    static uint64_t tls_block[2] = {0x1234abcd5678ef00ull, 0};
    a9n_descriptor_t t = thread_make(0, 0, tls_thread, 0, A9N_ROOT_THREAD_PRIORITY + 1);
    GUEST_CHECK_EQ(a9n_thread_set_tls_base(t, (uint64_t)(uintptr_t)tls_block), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_set_tls_base(t, 0xffff800000000000ull), A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(seen_tls, tls_block[0]);
    fixture_end();
}

void test_registers(void)
{
    fixture_begin();
    a9n_descriptor_t t = thread_make(0, 0, counting_thread, 2, A9N_ROOT_THREAD_PRIORITY);
    uint64_t values[8] = {0};
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_RIP, 8, &values[0], &values[1],
                                             &values[2], &values[3], &values[4], &values[5],
                                             &values[6], &values[7]),
                   A9N_OK);
    GUEST_CHECK_EQ(values[0], (uint64_t)(uintptr_t)counting_thread);
    uint64_t rdi = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_RDI, 1, &rdi, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(rdi, 2);
    GUEST_CHECK(values[A9N_X86_64_RFLAGS] & (1u << 9));
    /* Privileged flags cannot be forged: IOPL and a cleared IF stay as they were. */
    GUEST_CHECK_EQ(a9n_thread_write_registers(t, A9N_X86_64_RFLAGS, 1, 0x3000, 0, 0, 0, 0, 0),
                   A9N_OK);
    uint64_t flags = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_RFLAGS, 1, &flags, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(flags & 0x3000, 0);
    GUEST_CHECK(flags & (1u << 9));
    /* Errors change nothing. */
    GUEST_CHECK_EQ(
        a9n_thread_write_registers(t, A9N_X86_64_RIP, 2, 0x1000, 0xffff800000000000ull, 0, 0, 0, 0),
        A9N_ERROR_INVALID_ADDRESS);
    uint64_t rip = 0;
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_RIP, 1, &rip, 0, 0, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(rip, (uint64_t)(uintptr_t)counting_thread);
    GUEST_CHECK_EQ(
        a9n_thread_write_registers(t, A9N_X86_64_RIP, 1, 0x0000800000000000ull, 0, 0, 0, 0, 0),
        A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_thread_write_registers(t, A9N_X86_64_REGISTER_COUNT, 1, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_write_registers(t, A9N_X86_64_R15, 2, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_write_registers(t, 0, 0, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_write_registers(t, 0, 7, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_read_registers(t, A9N_X86_64_R15, 2, 0, 0, 0, 0, 0, 0, 0, 0),
                   A9N_ERROR_INVALID_ARGUMENT);
    fixture_end();
}

void test_configure_and_priority_errors(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_THREAD, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch, 0),
                   A9N_OK);
    a9n_descriptor_t t = scratch(0);
    a9n_descriptor_t node = root_slot(A9N_ROOT_SLOT_NODE);
    a9n_descriptor_t space = root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
    a9n_descriptor_t none = A9N_THREAD_NO_RESOLVER;
    /* Without an address space it cannot run. */
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_configure(t, space, space, 0, none), A9N_ERROR_NOT_A_NODE);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, node, 0, none), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, scratch(1), 0, none), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, space, 0, node), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, space, 0x1008, none), A9N_ERROR_MISALIGNED);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, space, 0xffff800000000000ull, none),
                   A9N_ERROR_INVALID_ADDRESS);
    GUEST_CHECK_EQ(a9n_thread_configure(t, A9N_DESCRIPTOR(0, 57), space, 0, none),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    GUEST_CHECK_EQ(a9n_thread_configure(t, node, space, 0, none), A9N_OK);
    /* Priorities: range, and the authority's maximum controlled priority. */
    a9n_descriptor_t root_thread = root_slot(A9N_ROOT_SLOT_THREAD);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, root_thread, 256, 0), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, root_thread, 10, 20), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, t, 30, 0), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, t, 15, 20), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, t, 15, 21), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_thread_set_priority(t, node, 1, 1), A9N_ERROR_WRONG_TYPE);
    /* A read-only capability may read registers but not change the thread. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), t, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(scratch(1)), A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_thread_read_registers(scratch(1), 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), A9N_OK);
    fixture_end();
}

static uint64_t cpu_time(a9n_descriptor_t thread)
{
    uint64_t nanoseconds = 0;
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(thread, &nanoseconds), A9N_OK);
    return nanoseconds;
}

void test_cpu_time_grows_while_running(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t self = root_slot(A9N_ROOT_SLOT_THREAD);
    a9n_descriptor_t t = thread_make(0, 0, counting_thread, 0, A9N_ROOT_THREAD_PRIORITY);
    GUEST_CHECK_EQ(cpu_time(t), 0);
    /* The caller's own time counts up to the call, not to the last switch. */
    uint64_t before = cpu_time(self);
    thread_spin(SPIN_TICKS / 10);
    uint64_t after = cpu_time(self);
    GUEST_CHECK(after > before);
    /* Sharing the processor by timer preemption, both are charged. */
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    before = cpu_time(self);
    thread_spin(SPIN_TICKS);
    GUEST_CHECK(counters[0] > 0);
    uint64_t spun = cpu_time(t);
    GUEST_CHECK(spun > 0);
    GUEST_CHECK(cpu_time(self) > before);
    /* A suspended thread is charged nothing more. */
    GUEST_CHECK_EQ(a9n_thread_suspend(t), A9N_OK);
    uint64_t frozen = cpu_time(t);
    thread_spin(SPIN_TICKS);
    GUEST_CHECK_EQ(cpu_time(t), frozen);
    /* The address space holds at least what its threads ran. */
    uint64_t mine = cpu_time(self);
    uint64_t space = 0;
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE), &space),
                   A9N_OK);
    GUEST_CHECK(space >= mine + frozen);
    fixture_end();
}

void test_cpu_time_stays_while_blocked(void)
{
    fixture_begin();
    reset_counters();
    a9n_descriptor_t t = thread_make(0, 0, waiting_thread, 0, A9N_ROOT_THREAD_PRIORITY);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NOTIFICATION_PORT, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + 1, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
    GUEST_CHECK_EQ(counters[0], 1);
    uint64_t waiting = cpu_time(t);
    GUEST_CHECK(waiting > 0);
    thread_spin(SPIN_TICKS);
    GUEST_CHECK_EQ(cpu_time(t), waiting);
    fixture_end();
}

/* A thread that deletes itself is charged up to then; the kernel goes on. */
void test_cpu_time_of_self_deleted_thread(void)
{
    fixture_begin();
    reset_counters();
    uint64_t space_before = 0, space_after = 0;
    a9n_descriptor_t space = root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(space, &space_before), A9N_OK);
    a9n_descriptor_t t = thread_make(0, 0, self_deleting_thread, 0, A9N_ROOT_THREAD_PRIORITY);
    GUEST_CHECK_EQ(a9n_thread_resume(t), A9N_OK);
    GUEST_CHECK_EQ(a9n_yield(), A9N_OK);
    GUEST_CHECK_EQ(counters[0], 1);
    GUEST_CHECK_EQ(slot_type(t), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(space, &space_after), A9N_OK);
    GUEST_CHECK(space_after > space_before);
    fixture_end();
}

void test_cpu_time_errors(void)
{
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_THREAD, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch, 0),
                   A9N_OK);
    a9n_descriptor_t t = scratch(0);
    a9n_descriptor_t space = root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
    uint64_t nanoseconds = 7;
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(root_slot(A9N_ROOT_SLOT_NODE), &nanoseconds),
                   A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(space, &nanoseconds), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(t, &nanoseconds), A9N_ERROR_WRONG_TYPE);
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(scratch(1), &nanoseconds), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(scratch(1), &nanoseconds), A9N_ERROR_EMPTY_SLOT);
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(A9N_DESCRIPTOR(0, 57), &nanoseconds),
                   A9N_ERROR_MALFORMED_DESCRIPTOR);
    /* Reading takes READ: a write-only copy may not. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(1), t, A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(scratch(1), &nanoseconds),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(2), space, A9N_RIGHT_WRITE), A9N_OK);
    GUEST_CHECK_EQ(a9n_address_space_get_cpu_time(scratch(2), &nanoseconds),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(nanoseconds, 7);
    /* A read-only copy may. */
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(3), t, A9N_RIGHT_READ), A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_get_cpu_time(scratch(3), &nanoseconds), A9N_OK);
    GUEST_CHECK_EQ(nanoseconds, 0);
    fixture_end();
}

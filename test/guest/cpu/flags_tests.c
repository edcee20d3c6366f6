/*
 * Cpu-suite tests of RFLAGS and segment state: whatever flags and selectors
 * user code sets, by popf, through write_registers or in a fault reply, the
 * kernel survives every way back to user mode (sysret after a kernel call,
 * iretq after a preemption, a fault reply or a register write, a new
 * thread's first run), and user mode never runs with privileged flags.
 */
#include "cpu_probes.h"
#include "tests.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <stdbool.h>

#define RFLAGS_TF         (UINT64_C(1) << 8)
#define RFLAGS_IF         (UINT64_C(1) << 9)
#define RFLAGS_IOPL       (UINT64_C(3) << 12)
#define RFLAGS_RF         (UINT64_C(1) << 16)
#define RFLAGS_VM         (UINT64_C(1) << 17)
#define RFLAGS_VIF        (UINT64_C(1) << 19)
#define RFLAGS_VIP        (UINT64_C(1) << 20)
/* What user mode may set (the manual's RFLAGS policy): CF PF AF ZF SF TF DF OF NT AC ID. */
#define RFLAGS_USER       UINT64_C(0x244dd5)
#define RFLAGS_PRIVILEGED (RFLAGS_IOPL | RFLAGS_RF | RFLAGS_VM | RFLAGS_VIF | RFLAGS_VIP)

#define USER_SPACE_END UINT64_C(0x00007ffffffff000)

#define WORKERS    2u
#define ITERATIONS 10000u

#define VECTOR_DEBUG      1u
#define VECTOR_INVALID    6u
#define VECTOR_PROTECTION 13u

static volatile uint64_t nt_seen[2];

static void nt_other(uint64_t i)
{
    nt_seen[1] = 1;
    helper_park(i);
}

/* Resume thread 1, which has never run (so it leaves the kernel by iretq),
 * then yield with NT set. */
static void nt_yielder(uint64_t i)
{
    a9n_thread_resume(scratch(1));
    cpu_probe_nt_yield();
    nt_seen[0] = 1;
    helper_park(i);
}

void test_nt_then_iretq(void)
{
    ipc_begin();
    nt_seen[0] = nt_seen[1] = 0;
    thread_make(1, 1, nt_other, 1, PRIORITY_LOW);
    helper_start(0, nt_yielder, PRIORITY_LOW);
    let_lower_run();
    GUEST_CHECK_EQ(nt_seen[0], 1);
    GUEST_CHECK_EQ(nt_seen[1], 1);
    fixture_end();
}

struct worker_record {
    volatile uint64_t steps;
    volatile uint64_t privileged; /* came back with a privileged flag or IF clear */
    volatile uint64_t lost;       /* a kernel call changed flags user mode may set */
};

static struct worker_record records[WORKERS];

static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    return x;
}

/* Selectors: null (with each RPL), the user's own data and code, the
 * kernel's, the TSS, past the GDT, the LDT's (there is none), and noise. */
static uint64_t pick_selector(uint64_t r)
{
    static const uint16_t selectors[] = {0,    3,    0x23, 0x2b, 0x08, 0x10, 0x30, 0x1b,
                                         0x20, 0x38, 0x04, 0x07, 0x0f, 0x33, 0x23, 0};
    if ((r & 15) == 15)
        return (r >> 4) & 0xffff;
    return selectors[(r >> 4) & 15];
}

/* C code here runs with whatever selectors the last step loaded: it must
 * not use thread-local storage. */
static void flags_worker(uint64_t i)
{
    uint64_t state = 0x9e3779b97f4a7c15ull * (i + 1);
    for (unsigned n = 0; n < ITERATIONS; n++) {
        uint64_t r = next_random(&state);
        uint64_t flags = next_random(&state);
        uint64_t path = r % CPU_PROBE_PATHS;
        uint64_t selector = pick_selector(r >> 8);
        uint64_t spin = 0;
        if (path == CPU_PROBE_SPIN) {
            /* Long enough now and then to be preempted; never single-stepped. */
            spin = ((r >> 24) & 0xff) == 0 ? 4000000 : ((r >> 24) & 0xfff) + 1;
            flags &= ~RFLAGS_TF;
        }
        uint64_t out = cpu_probe_step(flags, selector, path, spin);
        if ((out & RFLAGS_PRIVILEGED) || !(out & RFLAGS_IF))
            records[i].privileged++;
        if (path == CPU_PROBE_YIELD && !(flags & RFLAGS_TF) &&
            (selector == 0 || selector == 0x23) && ((out ^ flags) & RFLAGS_USER))
            records[i].lost++;
        records[i].steps++;
    }
    cpu_probe_finish();
}

static bool inside(uint64_t address, const char *start, const char *end)
{
    return address >= (uint64_t)(uintptr_t)start && address < (uint64_t)(uintptr_t)end;
}

void test_random_user_state(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    for (unsigned i = 0; i < WORKERS; i++) {
        records[i] = (struct worker_record){0};
        mint(SLOT_COPY + i, SLOT_PORT, A9N_RIGHT_WRITE, i + 1);
        helper_start(i, flags_worker, PRIORITY_LOW);
        GUEST_CHECK_EQ(a9n_thread_configure(scratch(i), root_slot(A9N_ROOT_SLOT_NODE),
                                            root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                            (uint64_t)(uintptr_t)helper_buffer(i),
                                            scratch(SLOT_COPY + i)),
                       A9N_OK);
    }
    /* The root server is the workers' resolver: it skips what faulted,
     * and on every fault writes random flags and a random TLS base. */
    uint64_t state = 0x243f6a8885a308d3ull;
    unsigned finished_mask = 0;
    unsigned finished = 0, faults = 0, unexpected = 0, privileged = 0, tls_errors = 0;
    while (finished < WORKERS) {
        struct a9n_message m = {0};
        GUEST_CHECK_EQ(a9n_ipc_port_receive(scratch(SLOT_PORT), &m), A9N_OK);
        if (m.badge < 1 || m.badge > WORKERS) {
            unexpected++;
            break;
        }
        a9n_descriptor_t thread = scratch((unsigned)m.badge - 1);
        uint64_t rip = m.words[2];
        uint64_t vector = m.words[3] >> 32;
        faults++;
        /* A finished worker is not answered; receiving again without a
         * reply sends its fault once more, so count each worker once. */
        if (rip == (uint64_t)(uintptr_t)cpu_probe_finish) {
            if (!(finished_mask & (1u << (m.badge - 1))))
                finished++;
            finished_mask |= 1u << (m.badge - 1);
            continue;
        }
        if (vector == VECTOR_INVALID && rip == (uint64_t)(uintptr_t)cpu_probe_ud2)
            rip += 2;
        else if (vector == VECTOR_PROTECTION &&
                 inside(rip, cpu_probe_selector_loads, cpu_probe_selector_loads_end))
            rip += 2;
        else if (vector == VECTOR_PROTECTION && rip == (uint64_t)(uintptr_t)cpu_probe_int3)
            rip += 1;
        else if (vector != VECTOR_DEBUG) {
            /* Report the first; stop before a fault that repeats forever. */
            if (unexpected++ == 0)
                GUEST_CHECK_EQ(m.words[3], m.words[1] << 32 | m.words[0]);
            if (unexpected > 100)
                break;
        }
        /* Random flags wherever they do not matter to the worker; elsewhere
         * (C code single-stepped after the probe) its own, without TF. */
        uint64_t flags = next_random(&state);
        if (!inside(rip, (const char *)cpu_probe_step, cpu_probe_step_flags_end)) {
            GUEST_CHECK_EQ(a9n_thread_read_registers(thread, A9N_X86_64_RFLAGS, 1, &flags, 0, 0, 0,
                                                     0, 0, 0, 0),
                           A9N_OK);
            flags &= ~RFLAGS_TF;
        }
        GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RIP, 1, rip, 0, 0, 0, 0, 0),
                       A9N_OK);
        GUEST_CHECK_EQ(
            a9n_thread_write_registers(thread, A9N_X86_64_RFLAGS, 1, flags, 0, 0, 0, 0, 0), A9N_OK);
        uint64_t seen = 0;
        GUEST_CHECK_EQ(
            a9n_thread_read_registers(thread, A9N_X86_64_RFLAGS, 1, &seen, 0, 0, 0, 0, 0, 0, 0),
            A9N_OK);
        if ((seen & RFLAGS_PRIVILEGED) || !(seen & RFLAGS_IF) ||
            (seen & RFLAGS_USER) != (flags & RFLAGS_USER))
            privileged++;
        uint64_t base = next_random(&state);
        if (base & 1)
            base &= UINT64_C(0x7fffffffffff);
        enum a9n_error expected = base < USER_SPACE_END ? A9N_OK : A9N_ERROR_INVALID_ADDRESS;
        if (a9n_thread_set_tls_base(thread, base) != expected)
            tls_errors++;
        struct a9n_message reply = {.info = A9N_MESSAGE_INFO(0, 0)};
        GUEST_CHECK_EQ(a9n_ipc_port_reply(scratch(SLOT_PORT), &reply), A9N_OK);
    }
    GUEST_CHECK_EQ(finished, WORKERS);
    GUEST_CHECK_EQ(unexpected, 0);
    GUEST_CHECK_EQ(privileged, 0);
    GUEST_CHECK_EQ(tls_errors, 0);
    GUEST_CHECK(faults > ITERATIONS / 2);
    for (unsigned i = 0; i < WORKERS; i++) {
        GUEST_CHECK_EQ(records[i].steps, ITERATIONS);
        GUEST_CHECK_EQ(records[i].privileged, 0);
        GUEST_CHECK_EQ(records[i].lost, 0);
    }
    fixture_end();
}

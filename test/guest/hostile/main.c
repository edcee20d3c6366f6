/*
 * The hostile suite: long runs of random capability calls on every object
 * type, from a deterministic generator, to show that nothing a program asks
 * can crash or corrupt the kernel. Each run works on the scratch slots and
 * the test generic only (../capability/fixture.h); afterwards revoking the
 * generic must make it whole again and the root server's own capabilities
 * must be intact. Operations that would block the root server itself
 * (receive, wait, send and call without a partner) are left out; everything
 * else, with mostly plausible and sometimes garbage arguments, is in; the
 * blocking IPC calls are made by helper threads instead (ipc_storm.c).
 * Every call leaves with random flags and data selectors (cpu_state.c), and
 * now and then the thread's TLS base is set to a random value; a helper
 * loads random selectors, faulting ones included, under the root server as
 * its resolver (selector_faults.c).
 *
 * A CI boot makes HOSTILE_RUNS runs of HOSTILE_CALLS calls (10^6 in all)
 * from seeds derived from one base seed. The boot command line may change
 * both: "hostile_seed=N hostile_runs=N" (decimal), which soak.sh uses to
 * run many seeds for hours.
 */
#include "tests.h"

#include <fixture.h>
#include <guest_test.h>
#include <koito/boot.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define HOSTILE_RUNS  250u
#define HOSTILE_CALLS 4000u
#define HOSTILE_SEED  UINT64_C(0x9e3779b97f4a7c15)

static uint64_t state;
static uint64_t hostile_seed = HOSTILE_SEED;
static uint64_t hostile_runs = HOSTILE_RUNS;

void check_root_intact(void)
{
    GUEST_CHECK_EQ(slot_type(root_slot(A9N_ROOT_SLOT_NODE)), A9N_OBJECT_NODE);
    GUEST_CHECK_EQ(slot_type(root_slot(A9N_ROOT_SLOT_THREAD)), A9N_OBJECT_THREAD);
    GUEST_CHECK_EQ(slot_type(root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE)), A9N_OBJECT_ADDRESS_SPACE);
}

static uint64_t next(void)
{
    return hostile_random(&state);
}

/* Mostly scratch slots (sometimes one level down), sometimes garbage. */
static a9n_descriptor_t some_descriptor(void)
{
    uint64_t pick = next();
    switch (pick % 6) {
    case 0:
        return next();
    case 1:
        return a9n_descriptor_child(scratch((unsigned)(pick >> 8) % FIXTURE_SCRATCH_COUNT),
                                    (unsigned)(pick >> 16) % 5, (pick >> 24) % 16);
    case 2:
        return A9N_DESCRIPTOR_ROOT;
    default:
        return scratch((unsigned)(pick >> 8) % FIXTURE_SCRATCH_COUNT);
    }
}

static uint64_t some_word(void)
{
    uint64_t pick = next();
    switch (pick % 4) {
    case 0:
        return next();
    case 1:
        return (pick >> 8) % 24;
    case 2: /* user addresses near the fixed test window, page aligned */
        return 0x100000000000ull + (((pick >> 8) % 64) << 12);
    default:
        return (pick >> 8) % 4;
    }
}

static const uint64_t operations[] = {
    A9N_NODE_COPY,
    A9N_NODE_MOVE,
    A9N_NODE_MINT,
    A9N_NODE_DEMOTE,
    A9N_NODE_DELETE,
    A9N_NODE_REVOKE,
    A9N_NODE_INSPECT,
    A9N_GENERIC_CONVERT,
    A9N_GENERIC_GET_INFO,
    A9N_ADDRESS_SPACE_GET_MISSING_DEPTH,
    A9N_ADDRESS_SPACE_GET_FRAME_SIZES,
    A9N_PAGE_TABLE_MAP,
    A9N_PAGE_TABLE_UNMAP,
    A9N_FRAME_MAP,
    A9N_FRAME_UNMAP,
    A9N_FRAME_PROTECT,
    A9N_FRAME_GET_PHYSICAL_ADDRESS,
    A9N_THREAD_CONFIGURE,
    A9N_THREAD_SET_PRIORITY,
    A9N_THREAD_READ_REGISTERS,
    A9N_THREAD_RESUME,
    A9N_THREAD_SUSPEND,
    A9N_THREAD_SET_TLS_BASE,
    A9N_THREAD_BIND_NOTIFICATION,
    A9N_THREAD_UNBIND_NOTIFICATION,
    A9N_IPC_PORT_REPLY,
    A9N_IPC_PORT_SEND_NONBLOCKING,
    A9N_IPC_PORT_RECEIVE_NONBLOCKING,
    A9N_NOTIFICATION_PORT_SIGNAL,
    A9N_NOTIFICATION_PORT_POLL,
    A9N_IDENTIFIER_POOL_ISSUE_RANGE,
    A9N_IDENTIFIER_POOL_GET_INFO,
};

/* Convert something of every kind first, and issue a small identifier pool
 * (fixture_end deletes it with the rest), so the run has objects to work on. */
static void populate(void)
{
    static const struct {
        enum a9n_object_type type;
        unsigned size_bits;
    } kinds[] = {
        {A9N_OBJECT_NODE, 3},          {A9N_OBJECT_GENERIC, 16},
        {A9N_OBJECT_ADDRESS_SPACE, 0}, {A9N_OBJECT_PAGE_TABLE, 1},
        {A9N_OBJECT_PAGE_TABLE, 2},    {A9N_OBJECT_PAGE_TABLE, 3},
        {A9N_OBJECT_FRAME, 12},        {A9N_OBJECT_THREAD, 0},
        {A9N_OBJECT_IPC_PORT, 0},      {A9N_OBJECT_NOTIFICATION_PORT, 0},
    };
    for (unsigned i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, kinds[i].type, kinds[i].size_bits, 1,
                                           A9N_DESCRIPTOR_ROOT, fixture_scratch + i,
                                           root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                       A9N_OK);
    unsigned pool = sizeof(kinds) / sizeof(kinds[0]);
    GUEST_CHECK_EQ(a9n_identifier_pool_issue_range(root_slot(A9N_ROOT_SLOT_IDENTIFIERS), 4090, 4,
                                                   A9N_DESCRIPTOR_ROOT, fixture_scratch + pool),
                   A9N_OK);
}

static void hostile_run(uint64_t seed)
{
    fixture_begin();
    hostile_tls_save();
    state = seed;
    populate();
    unsigned ok = 0;
    for (unsigned i = 0; i < HOSTILE_CALLS; i++) {
        uint64_t mr[A9N_MESSAGE_REGISTERS];
        for (unsigned m = 0; m < A9N_MESSAGE_REGISTERS; m++)
            mr[m] = m % 2 ? some_word() : some_descriptor();
        uint64_t pick = next();
        uint64_t operation =
            pick % 9 == 0 ? next() & 0xffff
                          : operations[(pick >> 8) % (sizeof(operations) / sizeof(operations[0]))];
        a9n_descriptor_t target = pick % 13 == 0 ? fixture_generic : some_descriptor();
        enum a9n_error error = hostile_call(target, operation, mr, &state);
        if (error > A9N_ERROR_CANCELLED) {
            hostile_tls_restore();
            GUEST_CHECK(error <= A9N_ERROR_CANCELLED);
        }
        ok += error == A9N_OK;
        if (pick % 61 == 0)
            hostile_tls_base(&state);
    }
    hostile_tls_restore();
    GUEST_CHECK(ok > 0);
    fixture_end();
    check_root_intact();
}

/* The value of "name=<decimal>" on the boot command line, if it is there. */
static bool command_line_number(const char *name, uint64_t *value)
{
    const struct a9n_boot_info *info = koito_boot_info();
    if (!info)
        return false;
    const char *line = (const char *)info + info->command_line_offset;
    size_t length = strlen(name);
    for (const char *at = line; *at; at++) {
        if ((at == line || at[-1] == ' ') && strncmp(at, name, length) == 0 && at[length] == '=') {
            uint64_t number = 0;
            for (at += length + 1; *at >= '0' && *at <= '9'; at++)
                number = number * 10 + (uint64_t)(*at - '0');
            *value = number;
            return true;
        }
    }
    return false;
}

/* HOSTILE_RUNS runs (or as many as the command line asks), each from its own
 * seed; the seeds are printed so that a failing one can be run alone. */
static void test_hostile_runs(void)
{
    command_line_number("hostile_seed", &hostile_seed);
    command_line_number("hostile_runs", &hostile_runs);
    printf("# hostile: %llu runs of %u calls from seed %llu\n", (unsigned long long)hostile_runs,
           HOSTILE_CALLS, (unsigned long long)hostile_seed);
    uint64_t seed = hostile_seed;
    for (uint64_t run = 0; run < hostile_runs; run++) {
        /* xorshift never leaves 0, so a zero seed becomes a fixed other one. */
        seed = seed * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
        hostile_run(seed ? seed : HOSTILE_SEED);
    }
    printf("# hostile: %llu calls made\n", (unsigned long long)(hostile_runs * HOSTILE_CALLS));
}

static void test_still_works_after(void)
{
    /* A normal conversion and map after the runs: the kernel is intact. */
    fixture_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, 4, 2, A9N_DESCRIPTOR_ROOT,
                                       fixture_scratch, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, a9n_descriptor_child(scratch(0), 4, 3),
                                 root_slot(A9N_ROOT_SLOT_NODE), A9N_RIGHT_READ),
                   A9N_OK);
    GUEST_CHECK_EQ(slot_type(a9n_descriptor_child(scratch(0), 4, 3)), A9N_OBJECT_NODE);
    fixture_end();
}

/* The storm first: the fast-path counter it prints before starting is still zero. */
static const struct guest_test tests[] = {
    {"IPC storm between helper threads", test_ipc_storm},
    {"hostile runs with random CPU state", test_hostile_runs},
    {"random selector loads under a resolver", test_selector_faults},
    {"kernel intact after the runs", test_still_works_after},
};

int main(void)
{
    return guest_test_run("hostile", tests, sizeof(tests) / sizeof(tests[0]));
}

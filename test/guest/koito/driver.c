/*
 * The KOITO system suite's driver (in-guest tests of KOITO init and the process model). It is the
 * init program of a boot configuration (koito.conf beside this file) that also starts programs at
 * boot; through the "spawn" grant it starts the configured child behaviours (child.c) by name and
 * checks how each ended. Its exit status, the number of failed tests, ends the run.
 */
#include <a9n/a9n.h>
#include <guest_test.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <stdio.h>
#include <string.h>
#include <ulmm/ulmmi.h>

#define HUNDRED 100u
#define CYCLES  1000u
#define CLIENTS 64u

static struct koito_exit run(const char *name)
{
    struct koito_exit exit = {.killed = true, .value = 0xdead};
    uint32_t pid = 0;
    GUEST_CHECK_EQ(koito_spawn(name, &pid), A9N_OK);
    if (pid != 0)
        GUEST_CHECK_EQ(koito_spawn_wait(pid, &exit), A9N_OK);
    return exit;
}

static void send_word(const char *port, uint64_t word)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
    message.words[0] = word;
    GUEST_CHECK_EQ(a9n_ipc_port_send(koito_capability(port), &message), A9N_OK);
}

/* The three "hello" instances the configuration starts at boot each call in once. */
static void test_boot_programs_meet(void)
{
    uint64_t seen[3] = {0};
    for (unsigned i = 0; i < 3; i++) {
        struct a9n_message message = {.info = 0};
        GUEST_CHECK_EQ(a9n_ipc_port_receive(koito_capability("roll-call"), &message), A9N_OK);
        seen[i] = message.words[0];
        GUEST_CHECK(seen[i] != 0);
        for (unsigned j = 0; j < i; j++)
            GUEST_CHECK(seen[i] != seen[j]);
    }
}

/* Two programs find each other through the name service, started by init from the
 * configuration, never by guessing slots. */
static void test_programs_meet_through_names(void)
{
    uint32_t server = 0, client = 0;
    GUEST_CHECK_EQ(koito_spawn("echo-server", &server), A9N_OK);
    GUEST_CHECK_EQ(koito_spawn("echo-client", &client), A9N_OK);
    struct koito_exit exit = {.killed = true};
    GUEST_CHECK_EQ(koito_spawn_wait(client, &exit), A9N_OK);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    exit.killed = true;
    GUEST_CHECK_EQ(koito_spawn_wait(server, &exit), A9N_OK);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

static void test_exit_status_reaches_spawner(void)
{
    struct koito_exit exit = run("exit-7");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 7);
    exit = run("exit-0");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    /* Every status of POSIX's 8 bits arrives whole (only the init program's, which ends the
     * run, stops at KOITO_INIT_PROGRAM_STATUS_MAX). */
    exit = run("exit-200");
    GUEST_CHECK_EQ(exit.value, 200);
}

/* Each kind of fault kills its program only: a program started before them finishes fine. */
static void test_faults_are_isolated(void)
{
    static const struct {
        const char *name;
        uint64_t kind;
    } faults[] = {
        {"fault-page", A9N_FAULT_PAGE},
        {"fault-info-write", A9N_FAULT_PAGE},
        {"fault-invalid", A9N_FAULT_INVALID_INSTRUCTION},
        {"fault-divide", A9N_FAULT_ARITHMETIC},
        {"fault-protection", A9N_FAULT_PROTECTION},
        {"fault-unknown-call", A9N_FAULT_UNKNOWN_CALL},
    };
    uint32_t steady = 0;
    GUEST_CHECK_EQ(koito_spawn("steady", &steady), A9N_OK);
    for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
        struct koito_exit exit = run(faults[i].name);
        GUEST_CHECK(exit.killed);
        GUEST_CHECK_EQ(exit.value, faults[i].kind);
    }
    struct koito_exit exit = {.killed = true};
    GUEST_CHECK_EQ(koito_spawn_poll(steady, &exit), A9N_ERROR_WOULD_BLOCK);
    send_word("steady-gate", 5);
    GUEST_CHECK_EQ(koito_spawn_wait(steady, &exit), A9N_OK);
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 5);
}

/* A hundred programs alive at once, each released through the gate and collected. */
static void test_hundred_concurrent(void)
{
    static uint32_t pids[HUNDRED];
    uint64_t seen[2] = {0};
    for (unsigned i = 0; i < HUNDRED; i++)
        GUEST_CHECK_EQ(koito_spawn("gated", &pids[i]), A9N_OK);
    for (unsigned i = 0; i < HUNDRED; i++) {
        struct koito_exit exit;
        GUEST_CHECK_EQ(koito_spawn_poll(pids[i], &exit), A9N_ERROR_WOULD_BLOCK);
    }
    for (unsigned i = 0; i < HUNDRED; i++)
        send_word("gate", i);
    for (unsigned i = 0; i < HUNDRED; i++) {
        struct koito_exit exit = {.killed = true};
        GUEST_CHECK_EQ(koito_spawn_wait(pids[i], &exit), A9N_OK);
        GUEST_CHECK(!exit.killed && exit.value < HUNDRED);
        if (!exit.killed && exit.value < HUNDRED)
            seen[exit.value / 64] |= 1ull << (exit.value % 64);
    }
    GUEST_CHECK_EQ(seen[0], ~0ull);
    GUEST_CHECK_EQ(seen[1], (1ull << (HUNDRED - 64)) - 1);
}

/* Start/crash cycles give back every byte: the free memory after (init's and ULMM's: each crash
 * first takes memory through malloc and mmap) is what it was before. */
static void test_thousand_cycles_leak_nothing(void)
{
    uint64_t before = 0, after = 0;
    struct koito_exit exit = run("crash"); /* the first takes its block from the general pool */
    GUEST_CHECK(exit.killed);
    GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
    unsigned killed = 0;
    for (unsigned i = 0; i < CYCLES; i++) {
        exit = run("crash");
        killed += exit.killed && exit.value == A9N_FAULT_PAGE;
    }
    GUEST_CHECK_EQ(killed, CYCLES);
    GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    GUEST_CHECK_EQ(after, before);
    printf("# %u start/crash cycles: %llu bytes free before and after\n", CYCLES,
           (unsigned long long)after);
}

/* malloc, mmap, mprotect, the stack's growth and running out of quota, through ULMM. */
static void test_memory_from_ulmm(void)
{
    uint64_t before = 0, after = 0;
    for (unsigned round = 0; round < 2; round++) {
        /* The second round finds ULMM's bookkeeping grown: it must give back every byte. */
        GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
        struct koito_exit exit = run("memory");
        GUEST_CHECK(!exit.killed);
        GUEST_CHECK_EQ(exit.value, 0);
        GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    }
    GUEST_CHECK_EQ(after, before);
}

/* 64 ULMM clients at once, each with random traffic, then each sharing memory with another
 * (child_exchange.c: a read-only grant passed over a port, mapped and checked by the other); the
 * driver releases them once all have reported. */
static void sixty_four_clients_round(void)
{
    static uint32_t pids[CLIENTS];
    for (unsigned i = 0; i < CLIENTS; i++)
        GUEST_CHECK_EQ(koito_spawn(i % 2 ? "churn-take" : "churn-give", &pids[i]), A9N_OK);
    unsigned shared = 0;
    for (unsigned i = 0; i < CLIENTS; i++) {
        struct a9n_message report = {.info = 0};
        GUEST_CHECK_EQ(a9n_ipc_port_receive(koito_capability("exchange-done"), &report), A9N_OK);
        shared += report.words[0] == 0;
    }
    GUEST_CHECK_EQ(shared, CLIENTS);
    for (unsigned i = 0; i < CLIENTS; i++) {
        struct a9n_message release = {.info = A9N_MESSAGE_INFO(0, 0)};
        GUEST_CHECK_EQ(a9n_ipc_port_send(koito_capability("exchange-release"), &release), A9N_OK);
    }
    unsigned clean = 0;
    for (unsigned i = 0; i < CLIENTS; i++) {
        struct koito_exit exit = {.killed = true};
        GUEST_CHECK_EQ(koito_spawn_wait(pids[i], &exit), A9N_OK);
        clean += !exit.killed && exit.value == 0;
    }
    GUEST_CHECK_EQ(clean, CLIENTS);
}

/* Twice: the first round warms up (ULMM's bookkeeping grows, init makes the process blocks 64 live
 * processes need); after the second, every byte is back. */
static void test_sixty_four_clients(void)
{
    uint64_t before = 0, after = 0;
    sixty_four_clients_round();
    GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
    sixty_four_clients_round();
    GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    GUEST_CHECK_EQ(after, before);
}

/* Every ULMMI error a process can provoke comes back to it, exact (child_ulmmi.c); its foreign
 * handles are the driver's own share and notification. Twice: the second run gives back every
 * byte, and ULMM's invariants hold afterwards. */
static void test_ulmmi_errors_reach_a_process(void)
{
    a9n_descriptor_t session = koito_slot(KOITO_SLOT_MEMORY);
    uint64_t share = 0, object = 0, before = 0, after = 0;
    uint64_t slot = koito_slot_allocate(1);
    GUEST_CHECK_EQ(koito_ulmmi_share_create(session, 4096, &share), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_object_alloc(session, KOITO_ULMMI_OBJECT_NOTIFICATION, 0, &object,
                                            koito_slot(slot)),
                   KOITO_ULMMI_OK);
    for (unsigned round = 0; round < 2; round++) {
        GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
        uint32_t pid = 0;
        GUEST_CHECK_EQ(koito_spawn("ulmmi-errors", &pid), A9N_OK);
        struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
        message.words[0] = share;
        message.words[1] = object;
        GUEST_CHECK_EQ(a9n_ipc_port_send(koito_capability("gate"), &message), A9N_OK);
        struct koito_exit exit = {.killed = true};
        GUEST_CHECK_EQ(koito_spawn_wait(pid, &exit), A9N_OK);
        GUEST_CHECK(!exit.killed);
        GUEST_CHECK_EQ(exit.value, 0);
        GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    }
    GUEST_CHECK_EQ(after, before);
    GUEST_CHECK_EQ(koito_ulmmi_share_destroy(session, share), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_object_free(session, object), KOITO_ULMMI_OK);
    koito_slot_free(slot, 1);
    GUEST_CHECK_EQ(koito_ulmmi_check(session), KOITO_ULMMI_OK);
}

/* Processes that end while a thread of theirs has a ULMMI request in flight, or being answered,
 * or is suspended in the middle of one (child_ulmmi.c's ulmmi-busy, ending after 0 to 7 yields),
 * harm no one: every byte comes back and ULMM's invariants hold. */
static void test_ending_mid_request_harms_no_one(void)
{
    uint64_t before = 0, after = 0;
    struct koito_exit exit = run("ulmmi-busy"); /* warm: ULMM's bookkeeping grows once */
    GUEST_CHECK(!exit.killed && exit.value == 0);
    GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
    unsigned clean = 0;
    for (unsigned i = 0; i < 64; i++) {
        exit = run("ulmmi-busy");
        clean += !exit.killed && exit.value == 0;
    }
    GUEST_CHECK_EQ(clean, 64);
    GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    GUEST_CHECK_EQ(after, before);
    GUEST_CHECK_EQ(koito_ulmmi_check(koito_slot(KOITO_SLOT_MEMORY)), KOITO_ULMMI_OK);
}

static void test_ungranted_capabilities_fail(void)
{
    struct koito_exit exit = run("ungranted");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

static void test_threads_have_their_own_buffers_and_tls(void)
{
    struct koito_exit exit = run("threads");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

static void test_information_block(void)
{
    struct koito_exit exit = run("info");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

/* Malformed files and unknown names are refused; nothing starts, the system goes on. */
static void test_bad_programs_are_refused(void)
{
    static const char *const bad[] = {"bad-magic",   "bad-truncated", "bad-write-execute",
                                      "bad-outside", "bad-missing",   "bad-static-base"};
    uint32_t pid = 0;
    uint64_t before = 0, after = 0;
    GUEST_CHECK_EQ(koito_free_memory(&before), A9N_OK);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        GUEST_CHECK_EQ(koito_spawn(bad[i], &pid), A9N_ERROR_NOT_ENOUGH_MEMORY);
    GUEST_CHECK_EQ(koito_spawn("no-such-program", &pid), A9N_ERROR_INVALID_ARGUMENT);
    GUEST_CHECK_EQ(koito_free_memory(&after), A9N_OK);
    GUEST_CHECK_EQ(after, before);
    struct koito_exit exit;
    GUEST_CHECK_EQ(koito_spawn_poll(12345, &exit), A9N_ERROR_INVALID_ARGUMENT);
    exit = run("exit-0"); /* and the system still starts programs */
    GUEST_CHECK_EQ(exit.value, 0);
}

/* A position-independent program runs at init's default base and at the one the configuration
 * chose (pie.c checks where it runs and what was relocated). */
static void test_position_independent_program(void)
{
    struct koito_exit exit = run("pie");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
    exit = run("pie-moved");
    GUEST_CHECK(!exit.killed);
    GUEST_CHECK_EQ(exit.value, 0);
}

static const struct guest_test tests[] = {
    {"boot-configured programs meet over a named port", test_boot_programs_meet},
    {"programs meet through the name service", test_programs_meet_through_names},
    {"the exit status reaches the spawner", test_exit_status_reaches_spawner},
    {"each fault kind kills only its program", test_faults_are_isolated},
    {"100 programs run concurrently and finish", test_hundred_concurrent},
    {"1,000 start/crash cycles leak no memory", test_thousand_cycles_leak_nothing},
    {"malloc, mmap and the stack get their memory from ULMM", test_memory_from_ulmm},
    {"64 ULMM clients at once balance exactly", test_sixty_four_clients},
    {"every ULMMI error reaches a client process", test_ulmmi_errors_reach_a_process},
    {"a process ending mid-request harms no one", test_ending_mid_request_harms_no_one},
    {"capabilities not granted cannot be used", test_ungranted_capabilities_fail},
    {"threads get their own IPC buffer and TLS", test_threads_have_their_own_buffers_and_tls},
    {"the information block matches the configuration", test_information_block},
    {"malformed programs are refused, the system goes on", test_bad_programs_are_refused},
    {"a position-independent program runs at a chosen base", test_position_independent_program},
};

int main(void)
{
    return guest_test_run("koito-system", tests, sizeof tests / sizeof tests[0]);
}

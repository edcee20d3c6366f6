/*
 * The KOITO system suite's child program (in-guest tests of KOITO init): one program whose
 * arguments (from the boot configuration) choose what it does, so the driver (driver.c) can start
 * each behaviour by its configuration name.
 *   exit N            exit with status N
 *   fault KIND        commit a fault: page, info-write, invalid, divide, protection,
 *                     unknown-call
 *   gate [PORT]       receive one word on the port granted as PORT ("gate"), exit with it
 *   hello             send its process id over the port granted as "roll-call", exit 0
 *   register NAME     register a port of its own under NAME with the name service, answer one
 *                     call on it (the number plus one), exit 0
 *   lookup NAME       look NAME up through the name service and call it with 41; exit 0 on 42
 *   ungranted         try what it was not granted; exit 0 if every try failed and did nothing
 *   threads           four threads check their own IPC buffer and TLS; exit 0 if all were right
 *   info              check its information block against its configuration; exit 0 if right
 *   memory, alloc-fault, churn  its memory from ULMM (child_memory.c)
 *   churn give|take   then share memory with another client (child_exchange.c)
 *   ulmmi-errors, ulmmi-busy  every ULMMI error a process can provoke; ending with a request in
 *                     flight (child_ulmmi.c)
 */
#include "child.h"

#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/names.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <koito/thread.h>
#include <stdio.h>
#include <string.h>

extern char **environ;

static int child_fault(const char *kind)
{
    if (strcmp(kind, "page") == 0)
        return *(volatile int *)0x8;
    if (strcmp(kind, "invalid") == 0)
        __asm__ volatile("ud2");
    if (strcmp(kind, "divide") == 0) {
        volatile int zero = 0;
        return 1 / zero;
    }
    if (strcmp(kind, "info-write") == 0) /* the information block is read-only */
        *(volatile uint64_t *)(uintptr_t)KOITO_INFO_ADDRESS = 0;
    if (strcmp(kind, "protection") == 0)
        __asm__ volatile("cli");
    if (strcmp(kind, "unknown-call") == 0) {
        register uint64_t rax __asm__("rax") = 0x4b4f49544f; /* no such kernel call */
        __asm__ volatile("syscall" : "+r"(rax) : : "rcx", "r11", "memory");
    }
    return 100;
}

static int child_gate(const char *port)
{
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(koito_capability(port), &message) != A9N_OK)
        return 101;
    return (int)message.words[0];
}

/* Register a fresh port under name, then answer one call on it with the number plus one. */
static int child_register(const char *name)
{
    uint64_t port = 0;
    if (koito_object_allocate(A9N_OBJECT_IPC_PORT, 0, 1, &port) != A9N_OK)
        return 10;
    enum koito_names_error error =
        koito_name_register(koito_slot(KOITO_SLOT_NAME_SERVICE), name, koito_slot(port));
    if (error != KOITO_NAMES_OK) {
        enum a9n_object_type service = A9N_OBJECT_NONE, own = A9N_OBJECT_NONE;
        a9n_node_inspect(koito_slot(KOITO_SLOT_NODE), koito_slot(KOITO_SLOT_NAME_SERVICE), &service,
                         NULL, NULL);
        a9n_node_inspect(koito_slot(KOITO_SLOT_NODE), koito_slot(port), &own, NULL, NULL);
        printf("register: %s (%d); service slot type %d, port slot %llu type %d\n",
               koito_names_error_name(error), (int)error, service, (unsigned long long)port, own);
        return 11;
    }
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(koito_slot(port), &message) != A9N_OK)
        return 12;
    message.info = A9N_MESSAGE_INFO(1, 0);
    message.words[0]++;
    return a9n_ipc_port_reply(koito_slot(port), &message) == A9N_OK ? 0 : 13;
}

/* Find name through the name service (waiting for it to be registered), call it with 41. */
static int child_lookup(const char *name)
{
    uint64_t slot = koito_slot_allocate(1);
    if (slot == 0)
        return 20;
    enum koito_names_error error = KOITO_NAMES_OK;
    for (unsigned attempt = 0; attempt < 10000; attempt++) {
        error = koito_name_lookup(koito_slot(KOITO_SLOT_NAME_SERVICE), name, koito_slot(slot));
        if (error == KOITO_NAMES_OK)
            break;
        a9n_yield();
    }
    if (error != KOITO_NAMES_OK)
        return 21;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
    message.words[0] = 41;
    if (a9n_ipc_port_call(koito_slot(slot), &message) != A9N_OK || message.words[0] != 42)
        return 22;
    return 0;
}

static int child_hello(void)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
    message.words[0] = koito_aux_value(KOITO_AUX_PROCESS_ID, 0);
    return a9n_ipc_port_send(koito_capability("roll-call"), &message) == A9N_OK ? 0 : 1;
}

/* Every slot of its node holds only what <koito/process.h> promises, and no memory in it carries
 * the right to learn a physical address (the right means nothing for other objects). */
static int child_only_promised_slots(void)
{
    unsigned radix = koito_node_radix();
    int bad = 0;
    for (uint64_t i = 0; i < (1u << radix); i++) {
        enum a9n_object_type type = A9N_OBJECT_NONE;
        a9n_rights_t rights = 0;
        if (a9n_node_inspect(koito_slot(KOITO_SLOT_NODE), koito_slot(i), &type, &rights, NULL) !=
            A9N_OK) {
            printf("ungranted: cannot inspect slot %llu\n", (unsigned long long)i);
            return 1;
        }
        enum a9n_object_type expected = A9N_OBJECT_NONE;
        if (i == KOITO_SLOT_NODE)
            expected = A9N_OBJECT_NODE;
        else if (i == KOITO_SLOT_THREAD)
            expected = A9N_OBJECT_THREAD;
        else if (i == KOITO_SLOT_ADDRESS_SPACE)
            expected = A9N_OBJECT_ADDRESS_SPACE;
        else if (i == KOITO_SLOT_IPC_BUFFER)
            expected = A9N_OBJECT_FRAME;
        else if (i == KOITO_SLOT_SUPERVISOR || i == KOITO_SLOT_MEMORY)
            expected = A9N_OBJECT_IPC_PORT; /* the supervisor's port, the ULMM session */
        else if (i == KOITO_SLOT_STDOUT || i == KOITO_SLOT_STDERR)
            expected = A9N_OBJECT_DEBUG; /* the interim console streams */
        if (type != expected) {
            printf("ungranted: slot %llu holds type %d, not %d\n", (unsigned long long)i, type,
                   expected);
            bad = 1;
        }
        if ((type == A9N_OBJECT_FRAME || type == A9N_OBJECT_GENERIC) &&
            (rights & A9N_RIGHT_PHYSICAL)) {
            printf("ungranted: slot %llu carries the physical right\n", (unsigned long long)i);
            bad = 1;
        }
    }
    return bad;
}

static int child_ungranted(void)
{
    int bad = child_only_promised_slots();
    uint32_t pid = 0;
    uint64_t bytes = 0;
    uint64_t slot = 0;
    /* Nothing was granted under these names. */
    if (koito_capability("spawn") != A9N_DESCRIPTOR_INVALID ||
        koito_spawn("exit-0", &pid) != A9N_ERROR_MALFORMED_DESCRIPTOR ||
        koito_free_memory(&bytes) != A9N_ERROR_MALFORMED_DESCRIPTOR)
        bad |= 2;
    /* The supervisor port without the spawn badge refuses spawning. */
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(4, 0)};
    message.words[0] = KOITO_SUPERVISOR_SPAWN;
    memcpy(&message.words[1], "exit-0", 7);
    if (a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message) != A9N_OK ||
        message.words[0] != A9N_ERROR_INSUFFICIENT_RIGHTS)
        bad |= 4;
    /* No generic memory and no address spaces from the supervisor. */
    if (koito_object_allocate(A9N_OBJECT_GENERIC, 12, 1, &slot) != A9N_ERROR_INVALID_ARGUMENT ||
        koito_object_allocate(A9N_OBJECT_ADDRESS_SPACE, 0, 1, &slot) != A9N_ERROR_INVALID_ARGUMENT)
        bad |= 8;
    /* The root program's I/O port and interrupt slots hold nothing of the kind here (the ULMM
     * session and the IPC buffer frame). */
    enum a9n_error io = a9n_io_port_write(koito_slot(A9N_ROOT_SLOT_IO_PORTS), 0xf4, 1, 0);
    enum a9n_error interrupts = a9n_interrupt_region_issue_port(
        koito_slot(A9N_ROOT_SLOT_INTERRUPTS), 4, koito_slot(KOITO_SLOT_NODE), 200);
    if (io != A9N_ERROR_WRONG_TYPE || interrupts != A9N_ERROR_WRONG_TYPE) {
        printf("ungranted: I/O port write gave %d, interrupt issue %d\n", io, interrupts);
        bad |= 16;
    }
    /* Its own thread cannot lift its priority above what it was given. */
    if (a9n_thread_set_priority(koito_slot(KOITO_SLOT_THREAD), koito_slot(KOITO_SLOT_THREAD), 250,
                                250) == A9N_OK)
        bad |= 32;
    /* Its IPC buffer, the one frame it holds, does not tell where it lies. */
    uint64_t physical = 0;
    enum a9n_error where =
        a9n_frame_get_physical_address(koito_slot(KOITO_SLOT_IPC_BUFFER), &physical);
    if (where != A9N_ERROR_INSUFFICIENT_RIGHTS || physical != 0) {
        printf("ungranted: the IPC buffer's physical address: error %d\n", where);
        bad |= 128;
    }
    /* Nothing above changed its node. */
    bad |= child_only_promised_slots() << 6;
    if (bad)
        printf("ungranted: failures %#x\n", bad);
    return bad ? 1 : 0;
}

struct child_thread_check {
    struct koito_thread thread;
    void *ipc_buffer;
    int *tls_address;
    int tls_value;
};

static _Thread_local int child_tls = 42;
static _Thread_local char child_tls_zero[64];

static void child_thread_main(void *argument)
{
    struct child_thread_check *check = argument;
    check->ipc_buffer = koito_ipc_buffer();
    check->tls_address = &child_tls;
    check->tls_value = child_tls + child_tls_zero[17];
    child_tls = 7;
    /* A message through its own IPC buffer: longer than the registers. */
    ((volatile uint64_t *)check->ipc_buffer)[100] = 0x1234;
}

static int child_threads(void)
{
    static struct child_thread_check checks[4];
    child_tls = 9;
    for (int i = 0; i < 4; i++) {
        if (koito_thread_create(&checks[i].thread, child_thread_main, &checks[i]) != A9N_OK)
            return 1;
    }
    for (int i = 0; i < 4; i++) {
        if (koito_thread_join(&checks[i].thread) != A9N_OK)
            return 2;
    }
    for (int i = 0; i < 4; i++) {
        if (checks[i].tls_value != 42 || checks[i].tls_address == &child_tls ||
            checks[i].ipc_buffer == koito_ipc_buffer()) {
            printf("threads: thread %d saw TLS %d at %p (main's %p), IPC buffer %p\n", i,
                   checks[i].tls_value, (void *)checks[i].tls_address, (void *)&child_tls,
                   checks[i].ipc_buffer);
            return 3;
        }
        for (int j = 0; j < i; j++) {
            if (checks[i].ipc_buffer == checks[j].ipc_buffer ||
                checks[i].tls_address == checks[j].tls_address)
                return 4;
        }
    }
    if (child_tls != 9 || koito_ipc_buffer() != (void *)KOITO_IPC_BUFFER_ADDRESS)
        return 5;
    return 0;
}

static int child_info(int argc, char **argv)
{
    const struct koito_process_info *info = koito_process_info();
    if (info == NULL || argc != 3 || strcmp(argv[0], "child") != 0 ||
        strcmp(argv[2], "two words") != 0 || argv[3] != NULL)
        return 1;
    if (environ == NULL || environ[0] == NULL || strcmp(environ[0], "KOITO_TEST=yes") != 0 ||
        environ[1] != NULL)
        return 2;
    if (koito_aux_value(KOITO_AUX_PAGE_SIZE, 0) != 4096 ||
        koito_aux_value(KOITO_AUX_STACK_TOP, 0) != KOITO_STACK_TOP ||
        koito_aux_value(KOITO_AUX_IMAGE_START, 0) != 0x400000 ||
        koito_aux_value(KOITO_AUX_GRANT_COUNT, 9) != 1 ||
        koito_capability_type("gate") != A9N_OBJECT_IPC_PORT)
        return 3;
    /* The block's argv lives in the block; main's is crt0's writable copy of it, on the stack
     * below the stack top, like main's own frame. */
    uint64_t block_argv = (uint64_t)(uintptr_t)info->argv;
    uint64_t copy = (uint64_t)(uintptr_t)argv, frame = (uint64_t)(uintptr_t)&argc;
    if (block_argv < KOITO_INFO_ADDRESS || block_argv >= KOITO_INFO_ADDRESS + KOITO_INFO_MAX_SIZE ||
        copy >= KOITO_STACK_TOP || copy < KOITO_STACK_TOP - 65536 || frame >= KOITO_STACK_TOP ||
        frame < KOITO_STACK_TOP - 65536)
        return 4;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], info->argv[i]) != 0)
            return 6;
    }
    argv[2][0] = 'T';
    if (strcmp(argv[2], "Two words") != 0 || strcmp(info->argv[2], "two words") != 0)
        return 7;
    return 0;
}

static int child_number(const char *text)
{
    int value = 0;
    while (*text >= '0' && *text <= '9')
        value = value * 10 + (*text++ - '0');
    return value;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "exit") == 0)
        return child_number(argv[2]);
    if (argc >= 3 && strcmp(argv[1], "fault") == 0)
        return child_fault(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "gate") == 0)
        return child_gate(argc >= 3 ? argv[2] : "gate");
    if (argc >= 2 && strcmp(argv[1], "hello") == 0)
        return child_hello();
    if (argc >= 3 && strcmp(argv[1], "register") == 0)
        return child_register(argv[2]);
    if (argc >= 3 && strcmp(argv[1], "lookup") == 0)
        return child_lookup(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "ungranted") == 0)
        return child_ungranted();
    if (argc >= 2 && strcmp(argv[1], "threads") == 0)
        return child_threads();
    if (argc >= 2 && strcmp(argv[1], "memory") == 0)
        return child_memory();
    if (argc >= 2 && strcmp(argv[1], "churn") == 0) {
        int failed = child_churn((unsigned)koito_aux_value(KOITO_AUX_PROCESS_ID, 1));
        int exchanged = argc >= 3 ? child_exchange(strcmp(argv[2], "give") == 0) : 0;
        return failed != 0 ? failed : exchanged;
    }
    if (argc >= 2 && strcmp(argv[1], "ulmmi-errors") == 0)
        return child_ulmmi_errors();
    if (argc >= 2 && strcmp(argv[1], "ulmmi-busy") == 0)
        return child_ulmmi_busy((unsigned)koito_aux_value(KOITO_AUX_PROCESS_ID, 0) % 8);
    if (argc >= 2 && strcmp(argv[1], "alloc-fault") == 0)
        return child_alloc_fault();
    if (argc >= 2 && strcmp(argv[1], "info") == 0)
        return child_info(argc, argv);
    printf("child: unknown behaviour\n");
    return 99;
}

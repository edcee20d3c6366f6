/*
 * The supervisor loop (KOITO init): one IPC port receives, for every process, its exit, its
 * threads' faults (the port is their fault resolver) and its requests (<koito/process.h>). The
 * badge says which process asks, and whether it holds the "spawn" grant, or that ULMM forwards a
 * fault it could not resolve (memory.c); nothing in a message is trusted: a request from a process
 * that no longer runs is dropped, an unknown one refused.
 */
#include "init.h"

#include <koito/boot.h>
#include <stdio.h>
#include <string.h>

static void supervisor_reply(a9n_descriptor_t port, uint64_t error, uint64_t a, uint64_t b,
                             uint64_t c, uint64_t d)
{
    struct a9n_message reply = {.info = A9N_MESSAGE_INFO(5, 0)};
    reply.words[0] = error;
    reply.words[1] = a;
    reply.words[2] = b;
    reply.words[3] = c;
    reply.words[4] = d;
    a9n_ipc_port_reply(port, &reply);
}

/* Objects for the process, from its own block into its own node. */
static enum a9n_error supervisor_allocate(struct init_process *process, const uint64_t *words)
{
    uint64_t type = words[1], size_bits = words[2], slot = words[3], count = words[4];
    bool allowed = (type == A9N_OBJECT_THREAD && size_bits == 0) ||
                   (type == A9N_OBJECT_IPC_PORT && size_bits == 0) ||
                   (type == A9N_OBJECT_NOTIFICATION_PORT && size_bits == 0) ||
                   (type == A9N_OBJECT_FRAME && size_bits == 12) ||
                   (type == A9N_OBJECT_PAGE_TABLE) || (type == A9N_OBJECT_NODE);
    if (!allowed)
        return A9N_ERROR_INVALID_ARGUMENT;
    if (count == 0 || count > 64 || slot < KOITO_SLOT_FIRST_GRANT)
        return A9N_ERROR_INVALID_ARGUMENT;
    return a9n_generic_convert(init_process_block(process), (enum a9n_object_type)type, size_bits,
                               count, init_process_node(process), slot, init_identifier_pool());
}

/* Start the configured program whose name the words carry. */
static enum a9n_error supervisor_spawn(struct init_process *process, const uint64_t *words,
                                       uint32_t *pid)
{
    char name[KOITO_CONFIG_NAME_MAX];
    memcpy(name, &words[1], sizeof name - 1);
    name[sizeof name - 1] = 0;
    for (unsigned i = 0; i < init.config.program_count; i++) {
        if (strcmp(init.config.programs[i].name, name) == 0) {
            *pid = init_process_start(i, 0, process->pid);
            return *pid != 0 ? A9N_OK : A9N_ERROR_NOT_ENOUGH_MEMORY;
        }
    }
    return A9N_ERROR_INVALID_ARGUMENT;
}

static enum a9n_error supervisor_wait(struct init_process *process, uint64_t pid, uint64_t *killed,
                                      uint64_t *value, uint64_t *detail, uint64_t *cpu_time)
{
    for (unsigned i = 0; i < INIT_MAX_ENDED; i++) {
        struct init_ended *record = &init.ended[i];
        if (record->pid != 0 && record->pid == pid && record->spawner == process->pid) {
            *killed = record->killed;
            *value = record->value;
            *detail = record->detail;
            *cpu_time = record->cpu_time;
            record->pid = 0;
            return A9N_OK;
        }
    }
    struct init_process *child = init_process_find((uint32_t)pid);
    if (child != NULL && child->spawner == process->pid)
        return A9N_ERROR_WOULD_BLOCK;
    return A9N_ERROR_INVALID_ARGUMENT;
}

static void supervisor_request(a9n_descriptor_t port, struct init_process *process,
                               const struct a9n_message *message)
{
    const uint64_t *words = message->words;
    bool may_spawn = (message->badge & INIT_BADGE_SPAWN) != 0;
    uint64_t a = 0, b = 0, c = 0, d = 0;
    uint32_t pid = 0;
    enum a9n_error error;
    switch (words[0]) {
    case KOITO_SUPERVISOR_EXIT:
        init_process_end(process, false,
                         words[1] > KOITO_EXIT_STATUS_MAX ? KOITO_EXIT_STATUS_MAX : words[1], NULL);
        return; /* the caller is gone: no reply */
    case KOITO_SUPERVISOR_ALLOCATE:
        error = supervisor_allocate(process, words);
        break;
    case KOITO_SUPERVISOR_SPAWN:
        error = may_spawn ? supervisor_spawn(process, words, &pid) : A9N_ERROR_INSUFFICIENT_RIGHTS;
        a = pid;
        break;
    case KOITO_SUPERVISOR_WAIT:
        error = may_spawn || init.config.programs[process->program].is_posix
                    ? supervisor_wait(process, words[1], &a, &b, &c, &d)
                    : A9N_ERROR_INSUFFICIENT_RIGHTS;
        break;
    case KOITO_SUPERVISOR_START:
        error = init_posix_start(process, message, &pid);
        a = pid;
        break;
    case KOITO_SUPERVISOR_END:
        error = init_posix_end(process, words[1]);
        break;
    case KOITO_SUPERVISOR_ALIVE:
        error = init_posix_alive(process, words[1], &a);
        break;
    case KOITO_SUPERVISOR_CPU_TIME:
        error = init_posix_cpu_time(process, words[1], &a);
        break;
    case KOITO_SUPERVISOR_FAULTS:
        error = init_fault_catch(process, words[1]);
        break;
    case KOITO_SUPERVISOR_FAULT: {
        struct a9n_message reply = {.info = A9N_MESSAGE_INFO(5, 0)};
        reply.words[0] = init_fault_take(process, &reply.words[1]);
        a9n_ipc_port_reply(port, &reply);
        return;
    }
    case KOITO_SUPERVISOR_FAULT_END:
        error = init_fault_end(process);
        if (error == A9N_OK)
            return; /* the caller is gone: no reply */
        break;
    case KOITO_SUPERVISOR_DESCRIBE:
        init_posix_describe(port, process, words[1]);
        return; /* its reply carries strings: it answers itself */
    case KOITO_SUPERVISOR_FREE_MEMORY:
        error = may_spawn ? A9N_OK : A9N_ERROR_INSUFFICIENT_RIGHTS;
        a = may_spawn ? init_free_memory() + init_memory_free() : 0;
        break;

    default:
        error = A9N_ERROR_UNKNOWN_CALL;
        break;
    }
    supervisor_reply(port, error, a, b, c, d);
}

void init_supervisor_child_ended(uint32_t spawner)
{
    struct init_process *parent = init_process_find(spawner);
    if (parent != NULL)
        a9n_notification_port_signal(init_process_slot(parent, KOITO_SLOT_CHILDREN));
}

/* Receive and handle one message. Until ULMM is ready, a capability sent along lands in the root
 * session's slot (only ULMM runs then); afterwards init takes none. */
static void supervisor_one(a9n_descriptor_t port)
{
    uint64_t *buffer = koito_ipc_buffer();
    bool waiting_for_ulmm = init.memory_pid != 0 && !init.memory_ready;
    buffer[A9N_IPC_BUFFER_RECEIVE] =
        waiting_for_ulmm ? init_book_slot(INIT_BOOK_MEMORY_ROOT) : A9N_DESCRIPTOR_INVALID;
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(port, &message) != A9N_OK)
        return;
    if (message.badge & INIT_BADGE_FORWARD) {
        init_memory_message(port, &message);
        return;
    }
    struct init_process *process =
        init_process_find((uint32_t)(message.badge & INIT_BADGE_PID_MASK));
    if (process == NULL)
        return;
    if (message.info & A9N_MESSAGE_FAULT)
        init_fault(process, message.words);
    else
        supervisor_request(port, process, &message);
}

void init_supervise(void)
{
    a9n_descriptor_t port = init_book_slot(INIT_BOOK_PORT);
    while (!init.init_program_ended && !init.memory_lost && init.running > 0)
        supervisor_one(port);
}

void init_supervise_memory_start(void)
{
    a9n_descriptor_t port = init_book_slot(INIT_BOOK_PORT);
    while (!init.memory_ready && !init.memory_lost)
        supervisor_one(port);
}

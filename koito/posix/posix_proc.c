/*
 * The process records behind /proc (KOITO POSIX server, koito/posix; see posix_service.h and
 * vfs/vfs_proc.c). The VFS core asks this file, as its proc source, which processes to show and
 * what each is:
 *   - the server's records: the children it spawned (their command from the spawn request), the
 *     processes that made a request (their command from init, KOITO_SUPERVISOR_DESCRIBE), and
 *     their zombies;
 *   - the processes init says the server serves without having started them (the
 *     configuration's programs), with or without a record;
 * and nothing of another server's tree: init describes only what the asking server serves.
 * State: 'Z' for a zombie, 'S' while the server has told the process to wait (a pipe, poll, or
 * waitpid), else 'R' (running, or blocked somewhere the server does not see, such as a sleep).
 * When a configured program ends, init signals KOITO_CHILDREN_SERVED_ENDED and its record goes
 * (posix_configured_sync): nobody can wait for it.
 * Processor time: a running process's is init's answer (KOITO_SUPERVISOR_CPU_TIME), a zombie's
 * what init reported when it ended; its children's is what its waits collected.
 */
#include "posix_service.h"

#include <koito/boot.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <stdlib.h>
#include <string.h>
#include <ulmm/ulmmi.h>

#define DESCRIBE_HEADER 5u /* words of the reply before the strings */
#define DESCRIBE_BYTES  ((A9N_IPC_MAX_LENGTH - DESCRIBE_HEADER) * 8u)

/* What KOITO_SUPERVISOR_DESCRIBE answered: the path, then argc arguments (arguments_length
 * bytes from `arguments`). */
struct proc_described {
    uint64_t pid; /* 0: none */
    bool console;
    const char *arguments;
    size_t arguments_length;
    char strings[DESCRIBE_BYTES];
};

static struct proc_described described;

/* Take the strings of a DESCRIBE reply out of the message and the IPC buffer, and check them. */
static bool proc_describe_copy(const struct a9n_message *message, const uint64_t *buffer)
{
    uint64_t words = A9N_MESSAGE_LENGTH(message->info);
    uint64_t argc = message->words[3], length = message->words[4];
    if (words < DESCRIBE_HEADER || length > (words - DESCRIBE_HEADER) * 8 ||
        length > sizeof described.strings)
        return false;
    described.pid = message->words[1];
    described.console = message->words[2] != 0;
    for (uint64_t i = 0; i < (length + 7) / 8; i++) {
        uint64_t word = DESCRIBE_HEADER + i < A9N_MESSAGE_REGISTERS
                            ? message->words[DESCRIBE_HEADER + i]
                            : buffer[DESCRIBE_HEADER + i];
        memcpy(described.strings + 8 * i, &word, length - 8 * i < 8 ? length - 8 * i : 8);
    }
    if (described.pid == 0)
        return true;
    uint64_t strings = 0;
    for (uint64_t i = 0; i < length; i++)
        strings += described.strings[i] == '\0';
    if (length == 0 || described.strings[length - 1] != '\0' || strings != 1 + argc)
        return false;
    size_t path_length = strlen(described.strings) + 1;
    described.arguments = described.strings + path_length;
    described.arguments_length = length - path_length;
    return true;
}

/* Ask init for the lowest served process id >= from; false when init cannot say (or answers a
 * malformed reply: path and arguments must be exactly 1 + argc NUL-terminated strings). */
static bool proc_describe_call(uint64_t from)
{
    /* The reply's words past the message registers land in the IPC buffer, which still holds the
     * request being served (a write's bytes, a path being looked up): kept aside meanwhile. */
    static uint64_t request_words[A9N_IPC_MAX_LENGTH - A9N_MESSAGE_REGISTERS];
    uint64_t *buffer = koito_ipc_buffer();
    memcpy(request_words, buffer + A9N_MESSAGE_REGISTERS, sizeof request_words);
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_DESCRIBE;
    message.words[1] = from;
    enum a9n_error error = a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message);
    bool answered =
        error == A9N_OK && message.words[0] == A9N_OK && proc_describe_copy(&message, buffer);
    memcpy(buffer + A9N_MESSAGE_REGISTERS, request_words, sizeof request_words);
    return answered;
}

void posix_command_set(struct posix_service *service, unsigned index, const char *path,
                       const char *arguments, size_t length)
{
    struct posix_command *command = &service->commands[index];
    const char *slash = strrchr(path, '/');
    const char *name = slash != NULL ? slash + 1 : path;
    size_t name_length = strlen(name);
    if (name_length >= sizeof command->name)
        name_length = sizeof command->name - 1;
    memcpy(command->name, name, name_length);
    command->name[name_length] = '\0';
    free(command->arguments);
    command->arguments = length > 0 ? malloc(length) : NULL;
    command->arguments_length = command->arguments != NULL ? (uint32_t)length : 0;
    if (command->arguments != NULL)
        memcpy(command->arguments, arguments, length);
}

void posix_command_clear(struct posix_service *service, unsigned index)
{
    free(service->commands[index].arguments);
    service->commands[index] = (struct posix_command){0};
}

void posix_command_describe(struct posix_service *service, unsigned index)
{
    if (!proc_describe_call(service->processes[index].pid) ||
        described.pid != service->processes[index].pid)
        return;
    posix_command_set(service, index, described.strings, described.arguments,
                      described.arguments_length);
    service->commands[index].console = described.console;
}

void posix_configured_sync(struct posix_service *service)
{
    bool seen[POSIX_SERVICE_PROCESSES] = {false};
    uint64_t from = 1;
    for (;;) {
        if (!proc_describe_call(from))
            return; /* init cannot say: nothing is released by mistake */
        if (described.pid == 0)
            break;
        if (described.pid < from)
            return; /* init answers in order; anything else is no answer */
        struct vfs_process *record = posix_service_find(service, described.pid);
        if (record != NULL)
            seen[record - service->processes] = true;
        from = described.pid + 1;
    }
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (service->used[i] && !service->life[i].spawned && !seen[i])
            posix_service_release(service, i);
    }
}

/* The source's list: every record, and every process init says the server serves. */
static size_t proc_list(void *context, uint32_t *pids, size_t capacity)
{
    struct posix_service *service = context;
    size_t count = 0;
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES && count < capacity; i++) {
        if (service->used[i])
            pids[count++] = service->processes[i].pid;
    }
    for (uint64_t from = 1; count < capacity && proc_describe_call(from) && described.pid >= from;
         from = described.pid + 1) {
        if (posix_service_find(service, described.pid) == NULL)
            pids[count++] = (uint32_t)described.pid;
    }
    return count;
}

static bool proc_describe(void *context, uint32_t pid, struct vfs_proc_info *info)
{
    struct posix_service *service = context;
    struct vfs_process *record = posix_service_find(service, pid);
    if (record == NULL) {
        /* A process the configuration started that has not asked the server anything yet: it
         * leads a group and a session of its own (posix_group_lead) once it does. */
        if (!proc_describe_call(pid) || described.pid != pid)
            return false;
        const char *slash = strrchr(described.strings, '/');
        *info = (struct vfs_proc_info){
            .pid = pid,
            .group = pid,
            .session = pid,
            .state = 'R',
            .console = described.console,
            .name = slash != NULL ? slash + 1 : described.strings,
            .arguments = described.arguments,
            .arguments_length = described.arguments_length,
            .cpu_time = posix_process_cpu_time(pid),
        };
        return true;
    }
    unsigned index = (unsigned)(record - service->processes);
    const struct posix_command *command = &service->commands[index];
    bool sleeping = (service->waiting[index / 64] >> (index % 64) & 1) || command->waits_for_child;
    *info = (struct vfs_proc_info){
        .pid = pid,
        .parent = record->parent,
        .group = service->groups[index].group,
        .session = service->groups[index].session,
        .state = service->life[index].ended ? 'Z'
                 : sleeping                 ? 'S'
                                            : 'R',
        .console = command->console,
        .name = command->name[0] != '\0' ? command->name : "?",
        .arguments = command->arguments,
        .arguments_length = command->arguments_length,
        .cpu_time = service->life[index].ended ? service->life[index].cpu_time
                                               : posix_process_cpu_time(pid),
        .children_cpu_time = service->life[index].children_cpu_time,
    };
    return true;
}

static bool proc_memory(void *context, uint64_t *total, uint64_t *free)
{
    (void)context;
    return koito_ulmmi_memory(koito_slot(KOITO_SLOT_MEMORY), total, free) == KOITO_ULMMI_OK;
}

void posix_proc_init(struct posix_service *service)
{
    service->vfs.proc = (struct vfs_proc_source){
        .context = service,
        .list = proc_list,
        .describe = proc_describe,
        .memory = proc_memory,
    };
}

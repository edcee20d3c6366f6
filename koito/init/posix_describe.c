/*
 * What a POSIX server learns of the processes it serves without having started them (KOITO
 * init; see init.h and <koito/process.h>): the configuration's programs that hold an OS port to
 * it, and what those started through the spawn grant. Its own children (KOITO_SUPERVISOR_START)
 * it knows already. So that its process records (/proc, ps) name every process it serves:
 *   KOITO_SUPERVISOR_DESCRIBE (from)  the lowest such id >= from, its streams, its file's path
 *                                     and its arguments (at most KOITO_CONFIG_TEXT_MAX bytes:
 *                                     the configuration's own bound), so a server walks them all
 *                                     with one request each;
 *   when one ends, init signals the server's KOITO_SLOT_CHILDREN with KOITO_CHILDREN_SERVED_ENDED
 *   (through the badged copy made with the server), and the server lets go of its record.
 */
#include "init.h"

#include <koito/boot.h>
#include <string.h>

#define DESCRIBE_HEADER 5u /* words of the reply before the strings */

/* The process with the lowest id >= from that server serves without having started it. */
static const struct init_process *describe_next(const struct init_process *server, uint64_t from)
{
    const struct init_process *found = NULL;
    for (unsigned i = 0; i < INIT_MAX_PROCESSES; i++) {
        const struct init_process *p = &init.processes[i];
        if (p->state != INIT_PROCESS_RUNNING || !p->posix_port || p->posix_parent != 0 ||
            p->pid < from || !init_posix_serves(server, p))
            continue;
        if (found == NULL || p->pid < found->pid)
            found = p;
    }
    return found;
}

/* Append string (its NUL too) to the reply's strings at *length; false when it does not fit. */
static bool describe_append(char *strings, uint64_t capacity, uint64_t *length, const char *string)
{
    uint64_t size = strlen(string) + 1;
    if (size > capacity - *length)
        return false;
    memcpy(strings + *length, string, size);
    *length += size;
    return true;
}

void init_posix_describe(a9n_descriptor_t port, const struct init_process *asker, uint64_t from)
{
    static char strings[KOITO_CONFIG_TEXT_MAX];
    struct a9n_message reply = {.info = A9N_MESSAGE_INFO(1, 0)};
    reply.words[0] = A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (!init.config.programs[asker->program].is_posix) {
        a9n_ipc_port_reply(port, &reply);
        return;
    }
    reply.words[0] = A9N_OK;
    const struct init_process *process = describe_next(asker, from);
    uint64_t length = 0, argc = 0;
    if (process != NULL) {
        const struct koito_config_program *program = &init.config.programs[process->program];
        describe_append(strings, sizeof strings, &length, program->path);
        while (argc < program->argc &&
               describe_append(strings, sizeof strings, &length, program->argv[argc]))
            argc++;
        reply.words[1] = process->pid;
        reply.words[2] = process->streams == KOITO_STREAMS_CONSOLE;
    }
    reply.words[3] = argc;
    reply.words[4] = length;
    /* The strings go on from word 5: the message registers' last words, then the IPC buffer. */
    uint64_t *buffer = koito_ipc_buffer();
    for (uint64_t i = 0; i < (length + 7) / 8; i++) {
        uint64_t word = 0;
        memcpy(&word, strings + 8 * i, length - 8 * i < 8 ? length - 8 * i : 8);
        if (DESCRIBE_HEADER + i < A9N_MESSAGE_REGISTERS)
            reply.words[DESCRIBE_HEADER + i] = word;
        else
            buffer[DESCRIBE_HEADER + i] = word;
    }
    reply.info = A9N_MESSAGE_INFO(DESCRIBE_HEADER + (length + 7) / 8, 0);
    a9n_ipc_port_reply(port, &reply);
}

void init_posix_served_ended(const struct init_process *ended)
{
    int server = init_posix_server_of(ended->program);
    for (unsigned i = 0; server >= 0 && i < INIT_MAX_PROCESSES; i++) {
        const struct init_process *p = &init.processes[i];
        if (p->state == INIT_PROCESS_RUNNING && p->program == (unsigned)server)
            a9n_notification_port_signal(init_process_served_ended(p));
    }
}

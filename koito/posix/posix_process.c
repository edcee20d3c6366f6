/*
 * Processes (KOITO POSIX server, koito/posix): posix_spawn, wait and kill; see posix_service.h.
 *
 * There is no fork. A spawn request (the layout is <koito/posix_spawn.h>) is checked whole, the
 * child's descriptor table is built by the VFS core (vfs_spawn.c: inherit, file actions,
 * close-on-exec), and only then does init start the program (KOITO_SUPERVISOR_START of
 * <koito/process.h>) from the initrd file the path named: the server holds the authority to
 * start processes, the calling program needs none. The server is the child's spawner in init's
 * terms: init keeps how the child ended until the server collects it (KOITO_SUPERVISOR_WAIT),
 * and signals the parent's KOITO_SLOT_CHILDREN, on which the C library's waitpid() sleeps
 * between two wait requests (a wait request never blocks: the server has one thread and the
 * kernel one reply per receive).
 *
 * The server's own KOITO_SLOT_CHILDREN is bound to its thread (posix_children_watch): when a
 * child ends, the loop collects it at once, so its descriptors close then (a pipe's reader sees
 * the end of file while the parent has not waited yet).
 *
 * kill() sends the signal (posix_signal.c): a process that catches it gets it pending, one that
 * ignores it never sees it, and otherwise the default action applies: the signals that are
 * ignored by default change nothing, every other one ends the target through init
 * (KOITO_SUPERVISOR_END). A process may signal itself and its descendants. A child ended by a
 * fault ends as killed by the matching signal. When a spawned child ends, its parent gets
 * SIGCHLD (ignored unless it catches it).
 *
 * Processor time: init reports a child's own with how it ended (KOITO_SUPERVISOR_WAIT's word 4,
 * the kernel's count for its address space); a wait adds it, and the children's time the child
 * had collected itself, to the parent's children_cpu_time, which children_cpu_time reports.
 */
#include "posix_service.h"

#include <koito/fault.h>
#include <koito/posix_spawn.h>
#include <koito/process.h>
#include <koito/slots.h>

#include <errno.h>
#include <signal.h>
#include <string.h>

#define SPAWN_SIGNALS_FIXED ((uint64_t)1 << (SIGKILL - 1) | (uint64_t)1 << (SIGSTOP - 1))
_Static_assert(KOITO_POSIX_SPAWN_STRINGS_MAX <= KOITO_SPAWN_AREA_SIZE,
               "a spawn's strings fit the spawn area init reads them from");

/* Ask init how spawned child index ended; when it has, the record becomes a zombie. */
static void process_collect(struct posix_service *service, unsigned index)
{
    struct posix_life *life = &service->life[index];
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_WAIT;
    message.words[1] = service->processes[index].pid;
    if (a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message) != A9N_OK)
        return;
    if (message.words[0] == A9N_ERROR_WOULD_BLOCK)
        return;
    /* Ended (A9N_OK), or init has no record of it any more: it ended long ago. */
    bool killed = message.words[0] == A9N_OK && message.words[1] != 0;
    uint64_t value = message.words[0] == A9N_OK ? message.words[2] : 0;
    uint64_t fault[4] = {value, 0, 0, message.words[0] == A9N_OK ? message.words[3] : 0};
    life->cpu_time = message.words[0] == A9N_OK ? message.words[4] : 0;
    if (life->signal != 0)
        life->status = life->signal;
    else if (killed)
        life->status = (uint32_t)koito_fault_signal(fault).number;
    else
        life->status = (uint32_t)(value & 0xff) << 8;
    /* First, as posix_service_release does: closing its descriptors changes pipes, which must
     * not finish a read it waited in, and the zombie must not wait in one afterwards. */
    posix_handoff_forget(service, index);
    vfs_process_release(&service->processes[index]);
    life->ended = true;
    /* Nobody can wait for its own ended children now, nor for it if its parent is gone or ended
     * too: their records go at once, so ended processes leave nothing behind. */
    posix_orphans_release(service, service->processes[index].pid);
    struct vfs_process *parent = posix_service_find(service, service->processes[index].parent);
    if (parent == NULL || service->life[parent - service->processes].ended) {
        posix_service_release(service, index);
        return;
    }
    service->commands[parent - service->processes].waits_for_child = false;
    bool by_signal = (life->status & 0x7f) != 0;
    struct posix_signal_info info = {
        .sender = service->processes[index].pid,
        .code =
            by_signal ? KOITO_POSIX_SIGNAL_CODE_CHILD_KILLED : KOITO_POSIX_SIGNAL_CODE_CHILD_EXITED,
        .value = by_signal ? life->status & 0x7f : life->status >> 8,
    };
    posix_signal_send(service, (unsigned)(parent - service->processes), SIGCHLD, &info);
}

void posix_orphans_release(struct posix_service *service, uint32_t parent)
{
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (service->used[i] && service->life[i].ended && service->processes[i].parent == parent)
            posix_service_release(service, i);
    }
}

void posix_children_collect(struct posix_service *service)
{
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (service->used[i] && service->life[i].spawned && !service->life[i].ended)
            process_collect(service, i);
    }
}

/* The server's notification: bit 0 from init (a child ended), the others from the console
 * (posix_group.c). */
static void process_children_ended(void *context, uint64_t bits)
{
    posix_terminal_notified(context, bits);
    if (bits & KOITO_CHILDREN_SERVED_ENDED)
        posix_configured_sync(context);
    if (bits & KOITO_CHILDREN_SPAWNED_ENDED)
        posix_children_collect(context);
}

enum a9n_error posix_children_watch(struct posix_service *service)
{
    enum a9n_error error = a9n_thread_bind_notification(koito_slot(KOITO_SLOT_THREAD),
                                                        koito_slot(KOITO_SLOT_CHILDREN));
    if (error == A9N_OK)
        service->loop.notified = process_children_ended;
    return error;
}

/* A checked spawn request, pointing into spawn_copy. */
struct spawn_request {
    struct koito_posix_spawn_header header;
    const uint8_t *actions;
    const char *strings;      /* path, argv, envp, the open actions' paths */
    uint64_t program_strings; /* bytes of path, argv and envp */
    const char *open_paths;   /* the first open action's path */
};

/* The request being spawned, copied out of the parent's shared buffer before any of it is
 * checked: another thread of the parent can write that buffer at any time, and a string whose
 * NUL was checked in place could lose it before the server reads it. */
static uint8_t spawn_copy[KOITO_POSIX_BUFFER_SIZE];

/* Copy the request in and check its layout: counts within the limits, exactly the strings it
 * needs. */
static int spawn_parse(const uint8_t *shared, uint64_t size, struct spawn_request *request)
{
    if (size < sizeof request->header || size > KOITO_POSIX_BUFFER_SIZE)
        return -EINVAL;
    memcpy(spawn_copy, shared, size);
    const uint8_t *buffer = spawn_copy;
    memcpy(&request->header, buffer, sizeof request->header);
    const struct koito_posix_spawn_header *header = &request->header;
    if (header->action_count > KOITO_POSIX_SPAWN_ACTIONS_MAX || header->argc == 0)
        return -EINVAL;
    uint64_t actions_size =
        (uint64_t)header->action_count * sizeof(struct koito_posix_spawn_action);
    if (size != sizeof *header + actions_size + header->strings_size)
        return -EINVAL;
    request->actions = buffer + sizeof *header;
    request->strings = (const char *)request->actions + actions_size;
    uint64_t opens = 0;
    for (uint32_t i = 0; i < header->action_count; i++) {
        struct koito_posix_spawn_action action;
        memcpy(&action, request->actions + i * sizeof action, sizeof action);
        opens += action.kind == KOITO_POSIX_SPAWN_ACTION_OPEN;
    }
    uint64_t wanted = 1 + (uint64_t)header->argc + header->envc + opens;
    uint64_t found = 0;
    for (uint64_t i = 0; i < header->strings_size; i++) {
        if (request->strings[i] != 0)
            continue;
        found++;
        if (found == 1 + (uint64_t)header->argc + header->envc) {
            request->program_strings = i + 1;
            request->open_paths = request->strings + i + 1;
        }
    }
    if (found != wanted || header->strings_size == 0 ||
        request->strings[header->strings_size - 1] != 0)
        return -EINVAL;
    if (request->program_strings > KOITO_POSIX_SPAWN_STRINGS_MAX ||
        (uint64_t)header->argc + header->envc > KOITO_POSIX_SPAWN_ARGUMENTS_MAX)
        return -E2BIG;
    return 0;
}

/* The child's table from the parent's and the request's file actions; 0 or -errno. */
static int spawn_table(struct posix_service *service, struct vfs_process *parent,
                       const struct spawn_request *request, struct vfs_process *child)
{
    vfs_process_inherit(child, parent);
    const char *path = request->open_paths;
    for (uint32_t i = 0; i < request->header.action_count; i++) {
        struct koito_posix_spawn_action wire;
        memcpy(&wire, request->actions + i * sizeof wire, sizeof wire);
        struct vfs_spawn_action action = {
            .kind = wire.kind,
            .descriptor = wire.descriptor,
            .target = wire.target,
            .open_flags = wire.open_flags,
            .mode = wire.mode,
        };
        if (wire.kind == KOITO_POSIX_SPAWN_ACTION_OPEN) {
            action.path = path;
            action.path_length = strlen(path);
            path += action.path_length + 1;
            if (action.path_length > KOITO_POSIX_PATH_MAX) {
                vfs_process_release(child);
                return -ENAMETOOLONG;
            }
        }
        if (wire.kind == KOITO_POSIX_SPAWN_ACTION_GROUP ||
            wire.kind == KOITO_POSIX_SPAWN_ACTION_MASK ||
            wire.kind == KOITO_POSIX_SPAWN_ACTION_IGNORE)
            continue; /* the group's and the signals', not the table's (spawn_group, spawn_signals)
                       */
        int error = vfs_spawn_action(&service->vfs, child, &action);
        if (error != 0) {
            vfs_process_release(child);
            return error;
        }
    }
    vfs_spawn_exec(child);
    return 0;
}

/* The signal set the request's last action of `kind` gives the child
 * (KOITO_POSIX_SPAWN_ACTION_MASK: its mask; KOITO_POSIX_SPAWN_ACTION_IGNORE: the signals it
 * ignores), less SIGKILL and SIGSTOP (never blocked or ignored); 0 when it gives none. */
static uint64_t spawn_signals(const struct spawn_request *request, uint32_t kind)
{
    uint64_t set = 0;
    for (uint32_t i = 0; i < request->header.action_count; i++) {
        struct koito_posix_spawn_action wire;
        memcpy(&wire, request->actions + i * sizeof wire, sizeof wire);
        if (wire.kind == kind)
            set = (uint64_t)wire.mode << 32 | wire.open_flags;
    }
    return set & ~SPAWN_SIGNALS_FIXED;
}

/* KOITO_SUPERVISOR_START for the checked request, its strings in the spawn area init reads; the
 * child's id, or -errno. */
static long spawn_start(struct posix_service *service, const struct vfs_process *parent,
                        const struct spawn_request *request, const uint8_t *image, uint64_t size)
{
    uint64_t length = request->program_strings;
    memcpy((void *)(uintptr_t)KOITO_SPAWN_AREA_ADDRESS, request->strings, length);
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(KOITO_SUPERVISOR_START_WORDS, 0)};
    message.words[0] = KOITO_SUPERVISOR_START;
    message.words[1] = parent->pid;
    message.words[2] = (uint64_t)(image - service->initrd);
    message.words[3] = size;
    message.words[4] = (uint64_t)request->header.envc << 32 | request->header.argc;
    message.words[5] = length;
    message.words[6] = spawn_signals(request, KOITO_POSIX_SPAWN_ACTION_MASK);
    message.words[7] = spawn_signals(request, KOITO_POSIX_SPAWN_ACTION_IGNORE);
    enum a9n_error error = a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message);
    if (error == A9N_OK)
        error = (enum a9n_error)message.words[0];
    switch (error) {
    case A9N_OK:
        return (long)message.words[1];
    case A9N_ERROR_WRONG_TYPE:
        return -ENOEXEC;
    case A9N_ERROR_NOT_ENOUGH_MEMORY:
        return -ENOMEM;
    default:
        return -EAGAIN;
    }
}

/* The child's command for /proc: the path, argv (the strings after it), and its parent's
 * streams (init gives a child its parent's). */
static void process_command(struct posix_service *service, unsigned index,
                            const struct vfs_process *parent, const struct spawn_request *request)
{
    const char *arguments = request->strings + strlen(request->strings) + 1;
    const char *end = arguments;
    for (uint32_t i = 0; i < request->header.argc; i++)
        end += strlen(end) + 1;
    posix_command_set(service, index, request->strings, arguments, (size_t)(end - arguments));
    service->commands[index].console = service->commands[parent - service->processes].console;
}

/* The group the request's last KOITO_POSIX_SPAWN_ACTION_GROUP asks for (0: the child's own), or
 * -1 when it asks for none: the child then joins its parent's. */
static int64_t spawn_group(const struct spawn_request *request)
{
    int64_t group = -1;
    for (uint32_t i = 0; i < request->header.action_count; i++) {
        struct koito_posix_spawn_action wire;
        memcpy(&wire, request->actions + i * sizeof wire, sizeof wire);
        if (wire.kind == KOITO_POSIX_SPAWN_ACTION_GROUP)
            group = wire.descriptor < 0 ? INT64_MIN : wire.descriptor;
    }
    return group;
}

static enum koito_posix_error process_error(long value)
{
    return koito_posix_error_from_errno((int)-value);
}

enum koito_posix_error posix_spawn_request(void *context, uint64_t badge, uint64_t size,
                                           uint64_t *child)
{
    struct posix_service *service = context;
    struct vfs_process *parent = posix_service_process(service, badge);
    if (parent == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    const uint8_t *buffer = posix_buffer_of(service, parent);
    if (buffer == NULL)
        return KOITO_POSIX_ERROR_EINVAL;
    struct spawn_request request;
    int error = spawn_parse(buffer, size, &request);
    if (error != 0)
        return process_error(error);
    size_t path_length = strlen(request.strings);
    if (path_length > KOITO_POSIX_PATH_MAX)
        return KOITO_POSIX_ERROR_ENAMETOOLONG;
    const uint8_t *image;
    uint64_t image_size;
    error =
        vfs_executable(&service->vfs, parent, request.strings, path_length, &image, &image_size);
    if (error != 0)
        return process_error(error);
    if (image < service->initrd || image_size > service->initrd_size ||
        (uint64_t)(image - service->initrd) > service->initrd_size - image_size)
        return KOITO_POSIX_ERROR_ENOEXEC;
    unsigned parent_index = (unsigned)(parent - service->processes);
    int64_t group = spawn_group(&request);
    if (group != -1) {
        error = posix_group_spawn_check(service, parent_index, group);
        if (error != 0)
            return process_error(error);
    }
    unsigned index = posix_service_free_entry(service);
    if (index == POSIX_SERVICE_PROCESSES)
        return KOITO_POSIX_ERROR_EAGAIN;
    /* Records never move, so parent stays valid: the sweep frees ended processes' only. */
    struct vfs_process *record = &service->processes[index];
    error = spawn_table(service, parent, &request, record);
    if (error != 0)
        return process_error(error);
    long pid = spawn_start(service, parent, &request, image, image_size);
    if (pid <= 0) {
        vfs_process_release(record);
        return process_error(pid < 0 ? pid : -EAGAIN);
    }
    record->pid = (uint32_t)pid;
    service->used[index] = true;
    service->life[index] = (struct posix_life){.spawned = true};
    process_command(service, index, parent, &request);
    posix_group_spawned(service, parent_index, index, group);
    /* The child's C library starts with the mask and the ignored signals (KOITO_AUX_SIGNAL_MASK,
     * KOITO_AUX_SIGNAL_IGNORED) and has said nothing yet: until it does, a blocked signal is held
     * pending here (unless ignored: ignoring wins) and an ignored one dropped, as its routes
     * will say. */
    uint64_t ignoring = spawn_signals(&request, KOITO_POSIX_SPAWN_ACTION_IGNORE);
    service->signals[index].catching =
        spawn_signals(&request, KOITO_POSIX_SPAWN_ACTION_MASK) & ~ignoring;
    service->signals[index].ignoring = ignoring;
    *child = (uint64_t)pid;
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_wait_request(void *context, uint64_t badge, uint64_t process,
                                          uint64_t options, uint64_t *child, uint64_t *status)
{
    struct posix_service *service = context;
    struct vfs_process *parent = posix_service_process(service, badge);
    if (parent == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if ((options & ~(uint64_t)(KOITO_POSIX_WAIT_NOHANG | KOITO_POSIX_WAIT_GROUP)) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    bool by_group = (options & KOITO_POSIX_WAIT_GROUP) != 0;
    if (by_group && process == 0)
        process = service->groups[parent - service->processes].group;
    bool any_child = false;
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        struct vfs_process *record = &service->processes[i];
        if (!service->used[i] || !service->life[i].spawned || record->parent != parent->pid)
            continue;
        if (by_group ? service->groups[i].group != process
                     : process != KOITO_POSIX_WAIT_ANY && record->pid != process)
            continue;
        any_child = true;
        if (!service->life[i].ended)
            process_collect(service, i);
        if (service->life[i].ended) {
            service->commands[parent - service->processes].waits_for_child = false;
            *child = record->pid;
            *status = service->life[i].status;
            service->life[parent - service->processes].children_cpu_time +=
                service->life[i].cpu_time + service->life[i].children_cpu_time;
            posix_service_release(service, i);
            return KOITO_POSIX_OK;
        }
    }
    if (!any_child)
        return KOITO_POSIX_ERROR_ECHILD;
    /* Told to wait (on its KOITO_SLOT_CHILDREN) until a child ends: sleeping, as /proc shows. */
    service->commands[parent - service->processes].waits_for_child =
        (options & KOITO_POSIX_WAIT_NOHANG) == 0;
    *child = 0;
    *status = 0;
    return KOITO_POSIX_OK;
}

bool posix_process_descends(struct posix_service *service, const struct vfs_process *target,
                            uint32_t ancestor)
{
    for (unsigned depth = 0; target != NULL && depth < POSIX_SERVICE_PROCESSES; depth++) {
        if (target->pid == ancestor)
            return true;
        if (target->parent == 0)
            return false;
        target = posix_service_find(service, target->parent);
    }
    return false;
}

bool posix_process_end(struct posix_service *service, unsigned index, unsigned signal)
{
    if (!service->life[index].spawned)
        return false;
    if (service->life[index].ended)
        return true;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_END;
    message.words[1] = service->processes[index].pid;
    if (a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message) == A9N_OK &&
        message.words[0] == A9N_OK)
        service->life[index].signal = (uint8_t)signal;
    /* Ended now, or it had ended on its own before init got the request: collect it. */
    process_collect(service, index);
    return true;
}

enum koito_posix_error posix_kill_request(void *context, uint64_t badge, uint64_t process,
                                          uint64_t signal)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (signal >= NSIG || posix_signal_stops(signal))
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_process *target = process == 0 ? NULL : posix_service_find(service, process);
    unsigned index = target == NULL ? 0 : (unsigned)(target - service->processes);
    if (target == NULL)
        return KOITO_POSIX_ERROR_ESRCH;
    if (!posix_process_descends(service, target, caller->pid))
        return KOITO_POSIX_ERROR_EPERM;
    /* A zombie exists until its parent collects it (POSIX): the signal reaches it and does
     * nothing. */
    if (signal == 0 || service->life[index].ended)
        return KOITO_POSIX_OK;
    struct posix_signal_info info = {.sender = caller->pid, .code = KOITO_POSIX_SIGNAL_CODE_USER};
    if (!posix_signal_send(service, index, (unsigned)signal, &info))
        return KOITO_POSIX_ERROR_EPERM; /* the caller itself, started by the configuration */
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_children_cpu_time_request(void *context, uint64_t badge,
                                                       uint64_t *nanoseconds)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    *nanoseconds = service->life[process - service->processes].children_cpu_time;
    return KOITO_POSIX_OK;
}

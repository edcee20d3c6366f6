/*
 * Process groups, sessions and the console's foreground group (KOITO POSIX server, koito/posix):
 * the get_group, set_group, new_session, foreground, set_foreground and kill_group requests, the
 * group of a spawned child, and the signals the console sends; see posix_service.h.
 *
 * Every record has a process group and a session (service->groups). A process the boot
 * configuration started leads a session and a group of its own, both with its id; a spawned
 * child starts in its parent's group and session, or in the group its spawn asked for
 * (POSIX_SPAWN_SETPGROUP). Groups never cross sessions.
 *
 * The console is the controlling terminal of at most one session: the first that sets a
 * foreground group on it (tcsetpgrp) takes it, and keeps it while its leader's record lives.
 * The console's authority is a notification this server made (its KOITO_SLOT_CHILDREN, on
 * which the serving thread waits between requests), minted with one badge bit per signal,
 * KOITO_POSIX_TERMINAL_BADGE_INTERRUPT (^C) and _QUIT (^\): signalling it is all the console
 * can do, and what it causes is decided here: SIGINT or SIGQUIT to each process of the
 * foreground group, nothing else.
 */
#include "posix_service.h"

#include <koito/process.h>
#include <koito/protocol/console.h>
#include <koito/slots.h>

#include <errno.h>
#include <signal.h>

static unsigned group_index(const struct posix_service *service, const struct vfs_process *process)
{
    return (unsigned)(process - service->processes);
}

static bool group_alive(const struct posix_service *service, unsigned index)
{
    return service->used[index] && !service->life[index].ended;
}

/* Whether a live process of session is in group. */
static bool group_exists(const struct posix_service *service, uint32_t group, uint32_t session)
{
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (group_alive(service, i) && service->groups[i].group == group &&
            service->groups[i].session == session)
            return true;
    }
    return false;
}

void posix_group_lead(struct posix_service *service, unsigned index)
{
    uint32_t pid = service->processes[index].pid;
    service->groups[index] = (struct posix_group){.group = pid, .session = pid};
}

void posix_group_forget(struct posix_service *service, unsigned index)
{
    if (service->terminal_session != 0 &&
        service->processes[index].pid == service->terminal_session) {
        service->terminal_session = 0;
        service->foreground = 0;
    }
    service->groups[index] = (struct posix_group){0};
}

int posix_group_spawn_check(const struct posix_service *service, unsigned parent, int64_t group)
{
    if (group < 0)
        return -EINVAL;
    if (group != 0 && !group_exists(service, (uint32_t)group, service->groups[parent].session))
        return -EPERM;
    return 0;
}

void posix_group_spawned(struct posix_service *service, unsigned parent, unsigned child,
                         int64_t group)
{
    service->groups[child] = service->groups[parent];
    if (group == 0)
        service->groups[child].group = service->processes[child].pid;
    else if (group > 0)
        service->groups[child].group = (uint32_t)group;
}

/* The record a process word names: the caller for 0. NULL if there is none. */
static struct vfs_process *group_target(struct posix_service *service, struct vfs_process *caller,
                                        uint64_t process)
{
    if (process == 0)
        return caller;
    return process > UINT32_MAX ? NULL : posix_service_find(service, process);
}

enum koito_posix_error posix_get_group_request(void *context, uint64_t badge, uint64_t process,
                                               uint64_t *group, uint64_t *session)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    struct vfs_process *target = group_target(service, caller, process);
    if (target == NULL)
        return KOITO_POSIX_ERROR_ESRCH;
    *group = service->groups[group_index(service, target)].group;
    *session = service->groups[group_index(service, target)].session;
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_set_group_request(void *context, uint64_t badge, uint64_t process,
                                               uint64_t group)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (group > INT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_process *target = group_target(service, caller, process);
    unsigned index = target == NULL ? 0 : group_index(service, target);
    /* The caller itself or a child of its, still running. */
    if (target == NULL || service->life[index].ended ||
        (target != caller && (target->parent != caller->pid || !service->life[index].spawned)))
        return KOITO_POSIX_ERROR_ESRCH;
    uint32_t session = service->groups[group_index(service, caller)].session;
    if (service->groups[index].session != session || service->groups[index].session == target->pid)
        return KOITO_POSIX_ERROR_EPERM;
    uint32_t wanted = group == 0 ? target->pid : (uint32_t)group;
    if (wanted != target->pid && !group_exists(service, wanted, session))
        return KOITO_POSIX_ERROR_EPERM;
    service->groups[index].group = wanted;
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_new_session_request(void *context, uint64_t badge, uint64_t *session)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    /* A group leader, or any process whose group has the caller's id, may not leave it. */
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (group_alive(service, i) && service->groups[i].group == caller->pid)
            return KOITO_POSIX_ERROR_EPERM;
    }
    posix_group_lead(service, group_index(service, caller));
    *session = caller->pid;
    return KOITO_POSIX_OK;
}

/* 0 when descriptor is the console and the console the controlling terminal of the caller's
 * session; else -errno. */
static int group_terminal(struct posix_service *service, struct vfs_process *caller,
                          uint64_t descriptor)
{
    int tty = vfs_isatty(caller, descriptor);
    if (tty != 0)
        return tty;
    uint32_t session = service->groups[group_index(service, caller)].session;
    return service->terminal_session == session ? 0 : -ENOTTY;
}

enum koito_posix_error posix_foreground_request(void *context, uint64_t badge, uint64_t descriptor,
                                                uint64_t *group)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    int error = group_terminal(service, caller, descriptor);
    if (error != 0)
        return koito_posix_error_from_errno(-error);
    *group = service->foreground;
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_set_foreground_request(void *context, uint64_t badge,
                                                    uint64_t descriptor, uint64_t group)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    int tty = vfs_isatty(caller, descriptor);
    if (tty != 0)
        return koito_posix_error_from_errno(-tty);
    if (group == 0 || group > INT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    uint32_t session = service->groups[group_index(service, caller)].session;
    if (service->terminal_session != 0 && service->terminal_session != session)
        return KOITO_POSIX_ERROR_ENOTTY;
    if (!group_exists(service, (uint32_t)group, session))
        return KOITO_POSIX_ERROR_EPERM;
    service->terminal_session = session;
    service->foreground = (uint32_t)group;
    return KOITO_POSIX_OK;
}

/* Whether the record of index is one kill_group's group word names. */
static bool group_member(const struct posix_service *service, unsigned index, uint64_t group,
                         uint32_t caller)
{
    if (group == KOITO_POSIX_GROUP_EVERY)
        return service->processes[index].pid != caller;
    return service->groups[index].group == group;
}

enum koito_posix_error posix_kill_group_request(void *context, uint64_t badge, uint64_t group,
                                                uint64_t signal)
{
    struct posix_service *service = context;
    struct vfs_process *caller = posix_service_process(service, badge);
    if (caller == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (signal >= NSIG || posix_signal_stops(signal) ||
        (group > INT32_MAX && group != KOITO_POSIX_GROUP_EVERY))
        return KOITO_POSIX_ERROR_EINVAL;
    unsigned self = group_index(service, caller);
    if (group == 0)
        group = service->groups[self].group;
    bool found = false, permitted = false;
    struct posix_signal_info info = {.sender = caller->pid, .code = KOITO_POSIX_SIGNAL_CODE_USER};
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        /* A zombie stays in its group until its parent collects it (POSIX): it makes the group
         * exist, so a group of zombies alone is no ESRCH, but the signal does nothing to it. */
        if (!service->used[i] || !group_member(service, i, group, caller->pid))
            continue;
        found = true;
        if (!posix_process_descends(service, &service->processes[i], caller->pid))
            continue;
        permitted = true;
        /* The caller counts, but the C library raises the signal in it itself, so that its
         * handler runs before kill returns. */
        if (i != self && signal != 0 && !service->life[i].ended)
            posix_signal_send(service, i, (unsigned)signal, &info);
    }
    if (!found)
        return KOITO_POSIX_ERROR_ESRCH;
    if (!permitted)
        return KOITO_POSIX_ERROR_EPERM;
    return KOITO_POSIX_OK;
}

void posix_terminal_notified(struct posix_service *service, uint64_t bits)
{
    if (service->foreground == 0)
        return;
    struct posix_signal_info info = {.code = KOITO_POSIX_SIGNAL_CODE_TERMINAL};
    for (unsigned signal = SIGINT; signal <= SIGQUIT; signal++) {
        if ((bits & ((uint64_t)1 << signal)) == 0)
            continue;
        for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
            if (group_alive(service, i) && service->groups[i].group == service->foreground &&
                service->groups[i].session == service->terminal_session)
                posix_signal_send(service, i, signal, &info);
        }
    }
}

void posix_terminal_watch(void)
{
    if (koito_aux_value(KOITO_AUX_STREAMS, KOITO_STREAMS_NONE) != KOITO_STREAMS_CONSOLE)
        return;
    uint64_t slot = koito_slot_allocate(1);
    if (slot == 0)
        return;
    static const uint64_t badges[] = {
        [KOITO_CONSOLE_SIGNAL_INTERRUPT] = KOITO_POSIX_TERMINAL_BADGE_INTERRUPT,
        [KOITO_CONSOLE_SIGNAL_QUIT] = KOITO_POSIX_TERMINAL_BADGE_QUIT,
    };
    for (uint64_t signal = 0; signal < sizeof badges / sizeof badges[0]; signal++) {
        /* Refused (another server has the console's signals, or this one's stdin lacks the
         * terminal right): ^C then reaches nobody through this server. */
        if (a9n_node_mint(koito_slot(KOITO_SLOT_NODE), koito_slot(slot),
                          koito_slot(KOITO_SLOT_CHILDREN), A9N_RIGHT_WRITE,
                          badges[signal]) == A9N_OK)
            koito_console_signal_to(koito_slot(KOITO_SLOT_STDIN), signal, koito_slot(slot));
        a9n_node_delete(A9N_DESCRIPTOR_ROOT, koito_slot(slot));
    }
    koito_slot_free(slot, 1);
}

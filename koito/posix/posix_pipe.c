/*
 * Pipes (KOITO POSIX server, koito/posix): the pipe and events requests, and how a process
 * waits on a pipe without the server waiting with it; see posix_service.h.
 *
 * The server has one thread and answers one request per receive, so a read of an empty pipe (or
 * a write to a full one) on an end without O_NONBLOCK cannot block here:
 *  1. the VFS core answers VFS_PIPE_WAIT; the server notes the pipe the process waits on and
 *     answers pipe_wait;
 *  2. the C library waits on its events notification: the server made it (events request, on
 *     the first wait), keeps the original and signals it whenever that pipe changes (bytes
 *     moved, an end closed: pipe_fs's `changed` hook, posix_pipe_changed);
 *  3. woken, the C library asks again. A notification keeps its signal until it is waited on,
 *     so a change between the answer and the wait is not lost; a new notification starts
 *     signalled, for a change that came before the process had one.
 * This is how waitpid() waits for a child on KOITO_SLOT_CHILDREN, and how poll() waits on pipes
 * (posix_poll.c: the same notification, for any pipe of the set it asked about).
 */
#include "posix_service.h"

#include <koito/objects.h>
#include <koito/slots.h>

void posix_wait_on(struct posix_service *service, unsigned index, const struct vfs_node *pipe,
                   uint64_t polls)
{
    service->waits_on[index] = pipe;
    service->polls[index] = polls;
    posix_waiting_update(service, index);
}

void posix_waiting_update(struct posix_service *service, unsigned index)
{
    uint64_t bit = 1ull << (index % 64);
    if (service->waits_on[index] != NULL || service->polls[index] != 0 ||
        service->handoffs[index].file != NULL)
        service->waiting[index / 64] |= bit;
    else
        service->waiting[index / 64] &= ~bit;
}

void posix_events_signal(struct posix_service *service, unsigned index)
{
    if (service->events[index] != 0)
        a9n_notification_port_signal(koito_slot(service->events[index]));
}

/* Only the records that wait are looked at: a pipe changes with every read and write. The
 * hand-offs go first, so the bytes reach a reader that waits before anyone else is woken. */
static void posix_pipe_changed(void *context, const struct vfs_node *node)
{
    struct posix_service *service = context;
    posix_handoff_deliver(service, node);
    for (unsigned word = 0; word < POSIX_SERVICE_PROCESSES / 64; word++) {
        for (uint64_t bits = service->waiting[word]; bits != 0; bits &= bits - 1) {
            unsigned i = word * 64 + (unsigned)__builtin_ctzll(bits);
            bool polled = service->polls[i] != 0 &&
                          vfs_poll_watches(&service->processes[i], service->polls[i], node);
            if (service->waits_on[i] != node && !polled)
                continue;
            posix_wait_on(service, i, NULL, 0);
            posix_events_signal(service, i);
        }
    }
}

void posix_pipes_init(struct posix_service *service)
{
    service->vfs.pipe_fs.changed = posix_pipe_changed;
    service->vfs.pipe_fs.context = service;
}

enum koito_posix_error posix_pipe_request(void *context, uint64_t badge, uint64_t flags,
                                          uint64_t *read_end, uint64_t *write_end)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (flags > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    int ends[2] = {0, 0};
    int error = vfs_pipe(&service->vfs, process, (uint32_t)flags, ends);
    if (error != 0)
        return koito_posix_error_from_errno(-error);
    *read_end = (uint64_t)ends[0];
    *write_end = (uint64_t)ends[1];
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_events_request(void *context, uint64_t badge,
                                            a9n_descriptor_t *notification)
{
    struct posix_service *service = context;
    /* Signalled at once: the process may have been told to wait before it could be woken. */
    return posix_record_notification(service, badge, service->events, notification);
}

enum koito_posix_error posix_record_notification(struct posix_service *service, uint64_t badge,
                                                 uint64_t *slots, a9n_descriptor_t *notification)
{
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    size_t record = (size_t)(process - service->processes);
    if (slots[record] == 0) {
        uint64_t slot = 0;
        if (koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &slot) != A9N_OK)
            return KOITO_POSIX_ERROR_ENOMEM;
        slots[record] = slot;
    }
    a9n_notification_port_signal(koito_slot(slots[record]));
    *notification = koito_slot(slots[record]);
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_pipe_wait(struct posix_service *service, struct vfs_process *process,
                                       uint64_t descriptor)
{
    const struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    posix_wait_on(service, (unsigned)(process - service->processes),
                  file != NULL ? file->node : NULL, 0);
    return KOITO_POSIX_ERROR_PIPE_WAIT;
}

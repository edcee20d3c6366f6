/*
 * The read hand-off (KOITO POSIX server, koito/posix): how a process that reads an empty pipe
 * gets its bytes without asking again; see posix_service.h and the read_handoff request of
 * koito/protocol/posix.json.
 *
 * The server cannot hold a reply (A9N has no reply capability to keep), so a read of an empty
 * pipe is answered at once. With read_handoff the server keeps the read instead:
 *  1. the read finds the pipe empty (VFS_PIPE_WAIT): the server notes the open file, the
 *     descriptor and the most bytes, clears the header of the hand-off page (the last of the
 *     process's shared buffer) and answers pipe_wait; the process waits on its events notification;
 *  2. the pipe changes (a write, the last writer's close: pipe_fs's `changed`): before anyone
 *     else is woken, the server reads for each waiting process, in record order, into its
 *     hand-off page at KOITO_POSIX_HANDOFF_DATA, fills the header (error, count, then state done)
 * and signals its events notification; a pipe still empty leaves the read waiting;
 *  3. the process wakes, finds the state done and returns the bytes: one request and one wait
 *     per read, where pipe_wait alone costs two requests.
 * A process whose descriptor no longer names that open file (it closed or replaced it
 * meanwhile) gets pipe_wait in the header: it asks again. A process that ends while it waits
 * has its hand-off forgotten before its descriptors close, so it takes no bytes with it.
 */
#include "posix_service.h"

#include <errno.h>

static uint64_t *handoff_header(struct posix_service *service, const struct vfs_process *process)
{
    uint8_t *buffer = posix_buffer_of(service, process);
    return buffer == NULL ? NULL : (uint64_t *)(void *)(buffer + KOITO_POSIX_HANDOFF_OFFSET);
}

static enum koito_posix_error handoff_error(long value)
{
    if (value == VFS_CONSOLE_INPUT)
        return KOITO_POSIX_ERROR_CONSOLE_INPUT;
    return value < 0 ? koito_posix_error_from_errno((int)-value) : KOITO_POSIX_OK;
}

void posix_handoff_forget(struct posix_service *service, unsigned index)
{
    service->handoffs[index] = (struct posix_handoff){0};
    posix_waiting_update(service, index);
}

/* Step 2's end: the header filled, the state written last, the process woken. */
static void handoff_finish(struct posix_service *service, unsigned index,
                           enum koito_posix_error error, uint64_t count)
{
    uint64_t *header = handoff_header(service, &service->processes[index]);
    header[KOITO_POSIX_HANDOFF_ERROR] = error;
    header[KOITO_POSIX_HANDOFF_COUNT] = count;
    __atomic_store_n(&header[KOITO_POSIX_HANDOFF_STATE], KOITO_POSIX_HANDOFF_DONE,
                     __ATOMIC_RELEASE);
    posix_handoff_forget(service, index);
    posix_events_signal(service, index);
}

void posix_handoff_deliver(struct posix_service *service, const struct vfs_node *node)
{
    for (unsigned word = 0; word < POSIX_SERVICE_PROCESSES / 64; word++) {
        for (uint64_t bits = service->waiting[word]; bits != 0; bits &= bits - 1) {
            unsigned i = word * 64 + (unsigned)__builtin_ctzll(bits);
            struct posix_handoff *handoff = &service->handoffs[i];
            if (handoff->file == NULL || handoff->node != node)
                continue;
            struct vfs_process *process = &service->processes[i];
            struct vfs_file *file = vfs_descriptor_file(process, handoff->descriptor);
            if (file != handoff->file || file->node != node) {
                handoff_finish(service, i, KOITO_POSIX_ERROR_PIPE_WAIT, 0);
                continue;
            }
            uint8_t *data = (uint8_t *)handoff_header(service, process) + KOITO_POSIX_HANDOFF_DATA;
            long count = vfs_pipe_take(file->node, data, (size_t)handoff->max);
            if (count == -EAGAIN)
                continue;
            handoff_finish(service, i, handoff_error(count), count < 0 ? 0 : (uint64_t)count);
        }
    }
}

enum koito_posix_error posix_read_handoff_request(void *context, uint64_t badge,
                                                  uint64_t descriptor, uint64_t max,
                                                  uint64_t *count)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    uint64_t *header = handoff_header(service, process);
    if (header == NULL || max > KOITO_POSIX_HANDOFF_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    unsigned index = (unsigned)(process - service->processes);
    if (service->handoffs[index].file != NULL)
        posix_handoff_forget(service, index);
    uint8_t *data = (uint8_t *)header + KOITO_POSIX_HANDOFF_DATA;
    long done = vfs_read(&service->vfs, process, descriptor, data, (size_t)max);
    if (done != VFS_PIPE_WAIT) {
        *count = done < 0 ? 0 : (uint64_t)done;
        return handoff_error(done);
    }
    /* Step 1: VFS_PIPE_WAIT comes only from a pipe's read end the descriptor names. */
    const struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    service->handoffs[index] = (struct posix_handoff){
        .file = file, .node = file->node, .descriptor = descriptor, .max = max};
    __atomic_store_n(&header[KOITO_POSIX_HANDOFF_STATE], 0, __ATOMIC_RELAXED);
    posix_waiting_update(service, index);
    return KOITO_POSIX_ERROR_PIPE_WAIT;
}

enum koito_posix_error posix_read_handoff_cancel_request(void *context, uint64_t badge)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    posix_handoff_forget(service, (unsigned)(process - service->processes));
    return KOITO_POSIX_OK;
}

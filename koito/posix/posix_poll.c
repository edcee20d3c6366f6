/*
 * The poll request (KOITO POSIX server, koito/posix): which descriptors of a process are ready
 * now (vfs_poll.c says), for poll() and select(). Nothing waits here, as for pipe_wait
 * (posix_pipe.c): when the process will wait (the request's `wait`) and nothing is ready, the
 * server keeps the set it asked about, and the next change of a pipe among them signals the
 * process's events notification; the process then asks again. The set is kept until the process
 * is woken or asks again, so a change before it waits is not lost (the notification keeps it).
 */
#include "posix_service.h"

enum koito_posix_error posix_poll_request(void *context, uint64_t badge, uint64_t descriptors,
                                          uint64_t read_set, uint64_t write_set, uint64_t wait,
                                          uint64_t *readable, uint64_t *writable, uint64_t *hangup,
                                          uint64_t *failed, uint64_t *invalid, uint64_t *console)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (((read_set | write_set) & ~descriptors) != 0 || wait > 1)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_readiness ready;
    vfs_poll(process, descriptors, &ready);
    *readable = ready.readable & read_set;
    *writable = ready.writable & write_set;
    *hangup = ready.hangup;
    *failed = ready.failed;
    *invalid = ready.invalid;
    *console = ready.console & read_set;
    bool nothing = (*readable | *writable | *hangup | *failed | *invalid) == 0;
    posix_wait_on(service, (unsigned)(process - service->processes), NULL,
                  wait && nothing ? descriptors : 0);
    return KOITO_POSIX_OK;
}

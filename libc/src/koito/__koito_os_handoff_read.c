/*
 * __koito_os_handoff_read(): a read through the shared buffer with the POSIX server's hand-off
 * (libc, OS port); see port.h and koito/posix/posix_handoff.c.
 *
 * The read_handoff request reads like read_buffer, into the buffer's hand-off page (its last) at
 * KOITO_POSIX_HANDOFF_DATA.
 * When a pipe is empty the server answers pipe_wait but keeps the read: once the pipe has bytes
 * (or no writer is left) it reads them into the buffer, sets the header's state to done and
 * signals the events notification. So the process waits and finds its bytes there, with no
 * second request. The hand-off page stays this thread's while it waits: other threads read in
 * messages meanwhile (the bulk part stays free for spawn and bulk transfers). A header that says
 * pipe_wait means the server gave the read up (the descriptor changed): it is asked again. A signal
 * handler without SA_RESTART that ran while it waited withdraws the read (read_handoff_cancel) and
 * ends it with EINTR, unless the server had finished it first: then its bytes are returned.
 */
#include "port.h"
#include "protocol_call.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <string.h>

static int handoff_done(const uint64_t *header)
{
    return __atomic_load_n(&header[KOITO_POSIX_HANDOFF_STATE], __ATOMIC_ACQUIRE) ==
           KOITO_POSIX_HANDOFF_DONE;
}

static int handoff_result(const uint64_t *header, uint64_t *count)
{
    *count = header[KOITO_POSIX_HANDOFF_COUNT];
    return __koito_os_error((unsigned)header[KOITO_POSIX_HANDOFF_ERROR]);
}

/* Withdraw the read; what the server finished first, or error. */
static int handoff_cancel(const uint64_t *header, uint64_t *count, int error)
{
    koito_posix_read_handoff_cancel(__koito_os_port());
    return handoff_done(header) ? handoff_result(header, count) : error;
}

/* Wait until the server has finished the read; its error (pipe_wait: ask again) and count. */
static int handoff_wait(const uint64_t *header, uint64_t *count)
{
    uint64_t events = 0;
    if (__koito_os_events(&events) < 0)
        return handoff_cancel(header, count, -EIO);
    unsigned interrupting = __koito_signal_since(&__koito_signal_interrupting);
    for (;;) {
        if (handoff_done(header))
            return handoff_result(header, count);
        if (__koito_signal_interrupted(&__koito_signal_interrupting, interrupting))
            return handoff_cancel(header, count, -EINTR);
        enum a9n_error waited = a9n_notification_port_wait(events, NULL);
        if (waited != A9N_OK && waited != A9N_ERROR_CANCELLED)
            return handoff_cancel(header, count, -EIO);
    }
}

long __koito_os_handoff_read(int descriptor, void *data, size_t length)
{
    if (length > KOITO_POSIX_HANDOFF_MAX)
        return -ENOSYS;
    unsigned char *page = __koito_os_handoff_acquire();
    if (page == NULL)
        return -ENOSYS;
    uint64_t *header = (uint64_t *)(void *)page;
    uint64_t count = 0;
    int error;
    do {
        __atomic_store_n(&header[KOITO_POSIX_HANDOFF_STATE], 0, __ATOMIC_RELAXED);
        error = __koito_os_error(
            koito_posix_read_handoff(__koito_os_port(), (uint64_t)descriptor, length, &count));
        if (error == -__KOITO_PIPE_WAIT)
            error = handoff_wait(header, &count);
    } while (error == -__KOITO_PIPE_WAIT);
    if (error == 0 && count > length)
        error = -EIO;
    if (error == 0)
        memcpy(data, page + KOITO_POSIX_HANDOFF_DATA, (size_t)count);
    __koito_os_handoff_release();
    return error < 0 ? error : (long)count;
}

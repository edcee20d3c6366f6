/*
 * __koito_sys_write(): writes to a descriptor (libc, OS port): write requests of the POSIX
 * server, each carrying up to KOITO_POSIX_IO_MAX bytes, until all is written or a request wrote
 * less. Longer transfers go through the shared buffer when the process has one
 * (__koito_os_bulk_write). A program without the server (no OS port) writes descriptors 1 and 2
 * to its standard streams (__koito_console_output: the console server, or the debug console).
 * A short write is followed by another for the rest, so a pipe end without O_NONBLOCK takes it
 * all, waiting while the pipe is full (pipe_wait); a file's limit then answers its error.
 */
#include "port.h"
#include "protocol_call.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <errno.h>
#include <koito/protocol/posix.h>
#include <stdbool.h>

/* One write request of at most KOITO_POSIX_IO_MAX bytes: the count written or a negated errno.
 * Without the server (first: whether this is a write's first request), descriptors 1 and 2 go to
 * the standard streams, all length bytes. Always inline: the common write runs it in
 * __koito_sys_write's frame, not a second one. */
static inline __attribute__((always_inline)) long write_request(int descriptor, const void *data,
                                                                size_t length, bool first)
{
    uint64_t count = 0;
    enum koito_posix_error answer =
        koito_posix_write(__koito_os_port(), (uint64_t)descriptor, data, length, &count);
    if (answer == KOITO_POSIX_OK)
        return (long)count;
    int error = __koito_os_error(answer);
    if (error == -ENOSYS && first && (descriptor == 1 || descriptor == 2))
        return __koito_console_output(descriptor, data, length);
    return error;
}

static long write_once(int descriptor, const void *data, size_t length)
{
    if (length > KOITO_POSIX_IO_MAX) {
        long bulk = __koito_os_bulk_write(descriptor, data, length, -1);
        if (bulk != -ENOSYS)
            return bulk;
    }
    size_t done = 0;
    do {
        size_t want = length - done < KOITO_POSIX_IO_MAX ? length - done : KOITO_POSIX_IO_MAX;
        long count = write_request(descriptor, (const char *)data + done, want, done == 0);
        if (count < 0)
            return done > 0 ? (long)done : count;
        done += (size_t)count;
        if ((size_t)count < want)
            break;
    } while (done < length);
    return (long)done;
}

/* The rest of a write whose first part (count: write_once's result) did not write everything.
 * A pipe end without O_NONBLOCK takes everything: after a short write the rest is asked again,
 * waiting while the pipe is full (pipe_wait); an error ends it with what was written, and so
 * does a signal handler without SA_RESTART that ran while it waited (EINTR if nothing was). */
static __attribute__((noinline)) long write_rest(int descriptor, const void *data, size_t length,
                                                 long count)
{
    size_t done = 0;
    for (;;) {
        if (count == -__KOITO_PIPE_WAIT) {
            unsigned interrupting = __koito_signal_since(&__koito_signal_interrupting);
            int error = __koito_os_pipe_wait();
            if (error == 0 &&
                __koito_signal_interrupted(&__koito_signal_interrupting, interrupting))
                error = -EINTR;
            if (error < 0)
                return done > 0 ? (long)done : error;
        } else {
            if (count <= 0)
                return done > 0 ? (long)done : count;
            done += (size_t)count;
            if (done == length)
                return (long)done;
        }
        count = write_once(descriptor, (const char *)data + done, length - done);
    }
}

/* The common write, short and all written by one request (to /dev/null, a pipe with room, the
 * console), runs no loop and only the request's register path: the loops, their spills and the
 * IPC buffer's path are write_once's and write_rest's. */
long __koito_sys_write(int descriptor, const void *data, size_t length)
{
    long count = length <= KOITO_POSIX_WRITE_REGISTER_BYTES
                     ? write_request(descriptor, data, length, true)
                     : write_once(descriptor, data, length);
    if (count >= 0 && (size_t)count == length)
        return count;
    return write_rest(descriptor, data, length, count);
}

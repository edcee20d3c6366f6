/*
 * __koito_sys_read(): reads from a descriptor (libc, OS port): read requests of the POSIX server,
 * each carrying up to KOITO_POSIX_IO_MAX bytes in its reply, repeated until length bytes came
 * or a request returned fewer (the end of a file, a device that had less). Longer transfers go
 * through the shared buffer when the process has one (__koito_os_bulk_read). The console's
 * input the server leaves to the process (console_input): it reads the console server itself, as
 * a program without the server (no OS port) reads descriptor 0 (__koito_console_input). Once the
 * shared buffer is set up, a read of up to KOITO_POSIX_HANDOFF_MAX bytes goes through it with the
 * server's hand-off (__koito_os_handoff_read): an empty pipe's bytes are put there for the
 * process when they come; the first read that finds a pipe empty sets the buffer up and asks
 * again that way. Without it (no buffer, or another thread waits in the hand-off page), an empty
 * pipe without O_NONBLOCK answers pipe_wait: the process waits until the pipe changes
 * (__koito_os_pipe_wait) and asks again; a signal handler without SA_RESTART that ran meanwhile
 * ends the read with EINTR instead.
 */
#include "port.h"
#include "protocol_call.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <errno.h>
#include <koito/protocol/posix.h>

static long read_once(int descriptor, void *data, size_t length)
{
    if (length > KOITO_POSIX_IO_MAX) {
        long bulk = __koito_os_bulk_read(descriptor, data, length, -1);
        if (bulk == -__KOITO_CONSOLE_INPUT)
            return __koito_console_input(data, length);
        if (bulk != -ENOSYS)
            return bulk;
    }
    size_t done = 0;
    while (done < length) {
        uint64_t want = length - done < KOITO_POSIX_IO_MAX ? length - done : KOITO_POSIX_IO_MAX;
        uint64_t count = 0;
        int error = __koito_os_error(koito_posix_read(__koito_os_port(), (uint64_t)descriptor, want,
                                                      (char *)data + done, want, &count));
        if (done == 0 && (error == -__KOITO_CONSOLE_INPUT || (error == -ENOSYS && descriptor == 0)))
            return __koito_console_input(data, length);
        if (error < 0)
            return done > 0 ? (long)done : error;
        done += count;
        if (count < want)
            break;
    }
    return (long)done;
}

long __koito_sys_read(int descriptor, void *data, size_t length)
{
    for (;;) {
        long done = __koito_os_handoff_read(descriptor, data, length);
        if (done == -__KOITO_CONSOLE_INPUT)
            return __koito_console_input(data, length);
        if (done != -ENOSYS)
            return done;
        done = read_once(descriptor, data, length);
        if (done != -__KOITO_PIPE_WAIT)
            return done;
        /* The first wait sets up the shared buffer: this and later reads wait with the
         * server's hand-off. */
        if (__koito_os_handoff_prepare())
            continue;
        unsigned interrupting = __koito_signal_since(&__koito_signal_interrupting);
        int error = __koito_os_pipe_wait();
        if (error < 0)
            return error;
        if (__koito_signal_interrupted(&__koito_signal_interrupting, interrupting))
            return -EINTR;
    }
}

/*
 * __koito_console_read(): standard input (libc, OS port): a wait_line request on the console
 * capability in KOITO_SLOT_STDIN, then a read_line for at most KOITO_CONSOLE_LINE_MAX bytes. The
 * wait takes nothing, so a process that dies while it waits (killed, say) leaves the line to the
 * next reader; the read then returns at once with (part of) the edited line. 0 bytes is end of
 * input (Ctrl-D on an empty line), and a later read waits for the next line, as a terminal does.
 * ^C or ^\ typed during the wait ends it (console_read_again says what then). Without the
 * console server (no console configured, the kernel's root program) there is no input: ENOSYS.
 */
#include "port.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/console.h>
#include <signal.h>
#include <string.h>

#define CONSOLE_END_WAIT_NS    100000000ll /* 0.1 s */
#define CONSOLE_END_WAIT_TURNS 1000

/* After ^C or ^\ ended a read (-EINTR): whether to read on. A process with a handler for SIGINT
 * or SIGQUIT gets EINTR. Otherwise the signal's default action ends the process, which the POSIX
 * server is doing now: a new read would leave the console serving a reader that is gone, so the
 * process waits for its end first; if it is still there after a while (the signal was ignored,
 * or nobody is the console's foreground group), it reads on, as a terminal does. */
static int console_read_again(void)
{
    int handled = 0;
    for (int number = SIGINT; number <= SIGQUIT; number++) {
        void (*handler)(int) = __koito_signal_handler(number);
        handled |= handler != SIG_DFL && handler != SIG_IGN;
    }
    if (handled)
        return 0;
    if (__koito_sys_sleep(CONSOLE_END_WAIT_NS, NULL) == -ENOSYS) {
        for (int turn = 0; turn < CONSOLE_END_WAIT_TURNS; turn++)
            __koito_yield();
    }
    return 1;
}

long __koito_console_read(void *data, size_t length)
{
    uint64_t console = __koito_console_capability(KOITO_SLOT_STDIN);
    if (console == A9N_DESCRIPTOR_INVALID)
        return -ENOSYS;
    if (length == 0)
        return 0;
    uint64_t *words = koito_ipc_buffer();
    uint64_t max = length < KOITO_CONSOLE_LINE_MAX ? length : KOITO_CONSOLE_LINE_MAX;
    long reply;
    do {
        words[0] = KOITO_CONSOLE_WAIT_LINE;
        reply = __koito_console_call(console, words, 1);
        if (reply >= 0) {
            words[0] = KOITO_CONSOLE_READ_LINE;
            words[1] = max;
            reply = __koito_console_call(console, words, 2);
        }
    } while (reply == -EINTR && console_read_again());
    if (reply < 0)
        return reply;
    /* Nothing in a reply is trusted: the count must fit what was asked and the reply's length. */
    uint64_t count = reply >= 2 ? words[1] : UINT64_MAX;
    if (count > max || (uint64_t)reply != 2 + (count + 7) / 8)
        return -EIO;
    memcpy(data, words + 2, count);
    return (long)count;
}

/*
 * __koito_sys_terminal_mode(), __koito_sys_set_terminal_mode(): the terminal's input mode (libc,
 * OS port; see port.h): the console server's get_attributes and set_attributes requests on the
 * process's standard input capability, for a descriptor that is a terminal.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/console.h>

/* The console capability behind terminal `descriptor`, or a negated errno value. */
static long terminal_console(int descriptor, uint64_t *console)
{
    int terminal = __koito_sys_isatty(descriptor);
    if (terminal < 0)
        return terminal;
    if (terminal == 0)
        return -ENOTTY;
    *console = __koito_console_capability(KOITO_SLOT_STDIN);
    return *console == A9N_DESCRIPTOR_INVALID ? -ENOSYS : 0;
}

int __koito_sys_terminal_mode(int descriptor, unsigned *mode)
{
    uint64_t console;
    long error = terminal_console(descriptor, &console);
    if (error < 0)
        return (int)error;
    uint64_t *words = koito_ipc_buffer();
    words[0] = KOITO_CONSOLE_GET_ATTRIBUTES;
    long reply = __koito_console_call(console, words, 1);
    if (reply < 0)
        return (int)reply;
    if (reply != 2)
        return -EIO;
    *mode = (words[1] & KOITO_CONSOLE_ATTRIBUTE_ECHO ? __KOITO_TERMINAL_ECHO : 0) |
            (words[1] & KOITO_CONSOLE_ATTRIBUTE_CANONICAL ? __KOITO_TERMINAL_CANONICAL : 0) |
            (words[1] & KOITO_CONSOLE_ATTRIBUTE_SIGNALS ? __KOITO_TERMINAL_SIGNALS : 0);
    return 0;
}

int __koito_sys_set_terminal_mode(int descriptor, unsigned mode)
{
    uint64_t console;
    long error = terminal_console(descriptor, &console);
    if (error < 0)
        return (int)error;
    uint64_t *words = koito_ipc_buffer();
    words[0] = KOITO_CONSOLE_SET_ATTRIBUTES;
    words[1] = (mode & __KOITO_TERMINAL_ECHO ? KOITO_CONSOLE_ATTRIBUTE_ECHO : 0) |
               (mode & __KOITO_TERMINAL_CANONICAL ? KOITO_CONSOLE_ATTRIBUTE_CANONICAL : 0) |
               (mode & __KOITO_TERMINAL_SIGNALS ? KOITO_CONSOLE_ATTRIBUTE_SIGNALS : 0);
    long reply = __koito_console_call(console, words, 2);
    return reply < 0 ? (int)reply : 0;
}

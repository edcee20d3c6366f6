/*
 * __koito_console_read(): standard input (libc, OS port): one read_line request on the console
 * capability in KOITO_SLOT_STDIN, for at most KOITO_CONSOLE_LINE_MAX bytes. The console server
 * answers with (part of) one edited line; 0 bytes is end of input (Ctrl-D on an empty line), and
 * a later read waits for the next line, as a terminal does. Without the console server (no
 * console configured, the kernel's root program) there is no input: ENOSYS.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/console.h>
#include <string.h>

long __koito_console_read(void *data, size_t length)
{
    uint64_t console = __koito_console_capability(KOITO_SLOT_STDIN);
    if (console == A9N_DESCRIPTOR_INVALID)
        return -ENOSYS;
    if (length == 0)
        return 0;
    uint64_t *words = koito_ipc_buffer();
    words[0] = KOITO_CONSOLE_READ_LINE;
    uint64_t max = length < KOITO_CONSOLE_LINE_MAX ? length : KOITO_CONSOLE_LINE_MAX;
    words[1] = max;
    long reply = __koito_console_call(console, words, 2);
    if (reply < 0)
        return reply;
    /* Nothing in a reply is trusted: the count must fit what was asked and the reply's length. */
    uint64_t count = reply >= 2 ? words[1] : UINT64_MAX;
    if (count > max || (uint64_t)reply != 2 + (count + 7) / 8)
        return -EIO;
    memcpy(data, words + 2, count);
    return (long)count;
}

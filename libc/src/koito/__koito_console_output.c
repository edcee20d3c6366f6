/*
 * Standard output and error (libc, OS port): descriptor 1 or 2, whatever <koito/process.h>'s
 * KOITO_AUX_STREAMS says the process holds.
 *   the console server  write requests of at most KOITO_CONSOLE_WRITE_MAX bytes on the stream's
 *                       capability (KOITO_SLOT_STDOUT or _STDERR); the server keeps each stream's
 *                       unfinished line, so whether the last write ended one is remembered for
 *                       __koito_console_finish()
 *   the debug capability  a9n_debug_write() of at most A9N_DEBUG_WRITE_MAX bytes a call: a
 *                       process's copy in its stream slot, or the kernel's root program's own
 *                       (slot A9N_ROOT_SLOT_DEBUG); a kernel without the debug call writes nothing
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/console.h>
#include <string.h>

static int unfinished[2]; /* stdout's, stderr's last console write did not end its line */

static a9n_descriptor_t debug_capability(unsigned slot)
{
    if (koito_process_info() != NULL)
        return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                    slot);
    const struct a9n_root_info *info = koito_root_info();
    if (!info)
        return A9N_DESCRIPTOR_INVALID;
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, info->node_radix, A9N_ROOT_SLOT_DEBUG);
}

static long output_debug(unsigned slot, const char *data, size_t length)
{
    a9n_descriptor_t debug = debug_capability(slot);
    size_t written = 0;
    while (written < length) {
        size_t chunk = length - written;
        if (chunk > A9N_DEBUG_WRITE_MAX)
            chunk = A9N_DEBUG_WRITE_MAX;
        if (a9n_debug_write(debug, data + written, chunk) != A9N_OK)
            break;
        written += chunk;
    }
    return (long)written;
}

static long output_console(uint64_t console, int stream, const char *data, size_t length)
{
    uint64_t *words = koito_ipc_buffer();
    size_t written = 0;
    while (written < length) {
        size_t chunk = length - written;
        if (chunk > KOITO_CONSOLE_WRITE_MAX)
            chunk = KOITO_CONSOLE_WRITE_MAX;
        words[0] = KOITO_CONSOLE_WRITE;
        words[1] = chunk;
        if (chunk % 8)
            words[2 + chunk / 8] = 0;
        memcpy(words + 2, data + written, chunk);
        long reply = __koito_console_call(console, words, 2 + (chunk + 7) / 8);
        if (reply < 0)
            return written ? (long)written : reply;
        written += chunk;
        unfinished[stream - 1] = data[written - 1] != '\n';
    }
    return (long)written;
}

long __koito_console_output(int descriptor, const void *data, size_t length)
{
    if (descriptor != 1 && descriptor != 2)
        return -EBADF;
    unsigned slot = descriptor == 1 ? KOITO_SLOT_STDOUT : KOITO_SLOT_STDERR;
    uint64_t console = __koito_console_capability(slot);
    if (console != A9N_DESCRIPTOR_INVALID)
        return output_console(console, descriptor, data, length);
    return output_debug(slot, data, length);
}

void __koito_console_finish(void)
{
    for (int stream = 1; stream <= 2; stream++) {
        if (!unfinished[stream - 1])
            continue;
        uint64_t console =
            __koito_console_capability(stream == 1 ? KOITO_SLOT_STDOUT : KOITO_SLOT_STDERR);
        if (console == A9N_DESCRIPTOR_INVALID)
            continue;
        uint64_t *words = koito_ipc_buffer();
        words[0] = KOITO_CONSOLE_FLUSH;
        __koito_console_call(console, words, 1);
        unfinished[stream - 1] = 0;
    }
}

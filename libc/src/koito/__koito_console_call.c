/*
 * One request of the console protocol (libc, OS port; koito/protocol/console.json, whose
 * generated header gives the labels and limits), through koito_protocol_call(): message word i is
 * word i of the calling thread's IPC buffer. Any failure, the kernel's or the server's, is -EIO,
 * but for a wait_line or read_line that ^C or ^\ interrupted: -EINTR.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/protocol/console.h>

uint64_t __koito_console_capability(unsigned slot)
{
    if (koito_process_info() == NULL ||
        koito_aux_value(KOITO_AUX_STREAMS, KOITO_STREAMS_NONE) != KOITO_STREAMS_CONSOLE)
        return A9N_DESCRIPTOR_INVALID;
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                slot);
}

long __koito_console_call(uint64_t console, uint64_t *words, uint64_t length)
{
    struct koito_protocol_exchange exchange = koito_protocol_exchange(length);
    if (koito_protocol_call(console, words, &exchange) != A9N_OK)
        return -EIO;
    if (exchange.length == 0)
        return -EIO;
    if (words[0] == KOITO_CONSOLE_ERROR_INTERRUPTED)
        return -EINTR; /* ^C or ^\ ended a wait_line or read_line */
    if (words[0] != KOITO_CONSOLE_OK)
        return -EIO;
    return (long)exchange.length;
}

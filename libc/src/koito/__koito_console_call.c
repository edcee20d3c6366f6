/*
 * One request of the console protocol (libc, OS port; koito/protocol/console.json, whose
 * generated header gives the labels and limits). libc cannot use libkoito's stubs (libkoito is
 * built on libc), so this is the same exchange as koito_protocol_call(): message word i is word i
 * of the calling thread's IPC buffer; the first A9N_MESSAGE_REGISTERS travel in registers.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
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
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(length, 0)};
    for (uint64_t i = 0; i < length && i < A9N_MESSAGE_REGISTERS; i++)
        message.words[i] = words[i];
    words[A9N_IPC_BUFFER_RECEIVE] = A9N_DESCRIPTOR_INVALID;
    if (a9n_ipc_port_call(console, &message) != A9N_OK)
        return -EIO;
    uint64_t reply = A9N_MESSAGE_LENGTH(message.info);
    for (uint64_t i = 0; i < reply && i < A9N_MESSAGE_REGISTERS; i++)
        words[i] = message.words[i];
    if (reply == 0 || words[0] != KOITO_CONSOLE_OK)
        return -EIO;
    return (long)reply;
}

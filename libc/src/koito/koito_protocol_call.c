/*
 * koito_protocol_call(): one request of a KOITO server protocol and its reply
 * (KOITO-libc, client side: libkoito's stubs and the C library's OS port both call it); see
 * <koito/protocol.h>.
 *
 * Every request of the POSIX server passes through here, so it is kept straight: words 0..7 of
 * the IPC buffer go to the message registers and come back whatever the lengths (the kernel
 * moves only the message's length, and words past a reply's length are the caller's to ignore),
 * with no loop and no message to clear first; the compiler keeps the message in registers
 * (__builtin_memcpy: the C library is built without builtins, and a call would cost more).
 * The main thread's calls are marked (signal_call.h), so a signal never interrupts one.
 */
#include "signal_call.h"
#include <koito/protocol.h>

#include <a9n/a9n.h>
#include <stdint.h>

enum a9n_error koito_protocol_call(a9n_descriptor_t service, uint64_t *words,
                                   struct koito_protocol_exchange *exchange)
{
    if (exchange->length > A9N_IPC_MAX_LENGTH)
        return A9N_ERROR_MESSAGE_TOO_LONG;
    /* Marked before the message is in registers, so the rare wait spills nothing. */
    int entered = __koito_call_enter(words);
    uint64_t flags = 0;
    if (exchange->transfer != A9N_DESCRIPTOR_INVALID) {
        words[A9N_IPC_BUFFER_TRANSFER] = exchange->transfer;
        flags = A9N_MESSAGE_CAPABILITY;
    }
    /* Always set, so a capability in the reply never lands in a slot an
     * earlier call named. */
    words[A9N_IPC_BUFFER_RECEIVE] = exchange->receive;
    struct a9n_message message;
    message.info = A9N_MESSAGE_INFO(exchange->length, flags);
    __builtin_memcpy(message.words, words, sizeof message.words);
    enum a9n_error error = a9n_ipc_port_call(service, &message);
    __koito_call_leave(entered);
    if (error != A9N_OK)
        return error;
    __builtin_memcpy(words, message.words, sizeof message.words);
    exchange->length = A9N_MESSAGE_LENGTH(message.info);
    exchange->capability = (message.info & A9N_MESSAGE_CAPABILITY) != 0;
    return A9N_OK;
}

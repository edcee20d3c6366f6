/*
 * koito_protocol_call(): one request of a KOITO server protocol and its reply
 * (KOITO-libc, client side: libkoito's stubs and the C library's OS port both call it); see
 * <koito/protocol.h>.
 */
#include <koito/protocol.h>

#include <a9n/a9n.h>
#include <stdint.h>

enum a9n_error koito_protocol_call(a9n_descriptor_t service, uint64_t *words,
                                   struct koito_protocol_exchange *exchange)
{
    if (exchange->length > A9N_IPC_MAX_LENGTH)
        return A9N_ERROR_MESSAGE_TOO_LONG;
    struct a9n_message message = {0};
    uint64_t flags = 0;
    for (uint64_t i = 0; i < exchange->length && i < A9N_MESSAGE_REGISTERS; i++)
        message.words[i] = words[i];
    if (exchange->transfer != A9N_DESCRIPTOR_INVALID) {
        words[A9N_IPC_BUFFER_TRANSFER] = exchange->transfer;
        flags = A9N_MESSAGE_CAPABILITY;
    }
    /* Always set, so a capability in the reply never lands in a slot an
     * earlier call named. */
    words[A9N_IPC_BUFFER_RECEIVE] = exchange->receive;
    message.info = A9N_MESSAGE_INFO(exchange->length, flags);
    enum a9n_error error = a9n_ipc_port_call(service, &message);
    if (error != A9N_OK)
        return error;
    exchange->length = A9N_MESSAGE_LENGTH(message.info);
    exchange->capability = (message.info & A9N_MESSAGE_CAPABILITY) != 0;
    for (uint64_t i = 0; i < exchange->length && i < A9N_MESSAGE_REGISTERS; i++)
        words[i] = message.words[i];
    return A9N_OK;
}

/*
 * koito_protocol_call_registers(): one request of a KOITO server protocol that fits the message
 * registers, and its reply (KOITO-libc, client side); see <koito/protocol.h>. The stubs other
 * programs build call it; the C library's own inline its body (protocol_call.h).
 *
 * The stub built the request in a struct a9n_message, so the words go from there straight into
 * the registers the kernel's call takes and the reply comes back the same way: nothing passes
 * through the IPC buffer but the receive word, set so that a capability in the reply never lands
 * in a slot an earlier call named.
 */
#include "protocol_call.h"
#include <koito/protocol.h>

enum a9n_error koito_protocol_call_registers(a9n_descriptor_t service, struct a9n_message *message)
{
    return __koito_protocol_call_registers(service, message);
}

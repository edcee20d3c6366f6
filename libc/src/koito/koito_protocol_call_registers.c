/*
 * koito_protocol_call_registers(): one request of a KOITO server protocol that fits the message
 * registers, and its reply (KOITO-libc, client side: the generated stubs call it for every
 * request without a capability whose words fit); see <koito/protocol.h>.
 *
 * The stub built the request in a struct a9n_message, so the words go from there straight into
 * the registers the kernel's call takes and the reply comes back the same way: nothing passes
 * through the IPC buffer but the receive word, set so that a capability in the reply never lands
 * in a slot an earlier call named. The main thread's calls are marked (signal_call.h), as
 * koito_protocol_call() marks them.
 */
#include "signal_call.h"
#include "thread_control.h"
#include <koito/protocol.h>

#include <a9n/a9n.h>
#include <stdint.h>

enum a9n_error koito_protocol_call_registers(a9n_descriptor_t service, struct a9n_message *message)
{
    uint64_t *buffer = __koito_thread_control()->ipc_buffer; /* koito_ipc_buffer(), inline */
    int entered = __koito_call_enter(buffer);
    buffer[A9N_IPC_BUFFER_RECEIVE] = A9N_DESCRIPTOR_INVALID;
    enum a9n_error error = a9n_ipc_port_call(service, message);
    __koito_call_leave(entered);
    return error;
}

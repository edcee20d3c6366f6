/*
 * KOITO-libc's own register call for the protocol stubs (libc, internal header of the OS port).
 *
 * The generated stubs (<koito/protocol/NAME.h>) send a request that fits the message registers
 * through KOITO_PROTOCOL_CALL_REGISTERS, koito_protocol_call_registers() unless the includer
 * names another. Inside the C library they take this always-inline version, the body of that
 * very function: a write to /dev/null is one short request, and a call with its saved registers
 * and the message going through memory twice cost it about a tenth of its time. So this header
 * must come before <koito/protocol.h>, which port.h guarantees by including it first.
 */
#ifndef KOITO_LIBC_INTERNAL_PROTOCOL_CALL_H
#define KOITO_LIBC_INTERNAL_PROTOCOL_CALL_H

#ifdef KOITO_PROTOCOL_H
#error "protocol_call.h must come before <koito/protocol.h>"
#endif

#include "signal_call.h"
#include "thread_control.h"
#include <a9n/a9n.h>
#include <stdint.h>

/* Send the request in *message (no capability; info: its length) on `service` and wait for the
 * reply, which replaces it; a capability in the reply is not kept. The main thread's calls are
 * marked (signal_call.h), as koito_protocol_call() marks them. */
static inline __attribute__((always_inline)) enum a9n_error
__koito_protocol_call_registers(a9n_descriptor_t service, struct a9n_message *message)
{
    uint64_t *buffer = __koito_thread_control()->ipc_buffer; /* koito_ipc_buffer(), inline */
    int entered = __koito_call_enter(buffer);
    buffer[A9N_IPC_BUFFER_RECEIVE] = A9N_DESCRIPTOR_INVALID;
    enum a9n_error error = a9n_ipc_port_call(service, message);
    __koito_call_leave(entered);
    return error;
}

#define KOITO_PROTOCOL_CALL_REGISTERS __koito_protocol_call_registers

#endif

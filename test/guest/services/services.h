/*
 * Helpers of the services suite: the name service and the console server
 * run as threads of the test program, from the servers' own sources, and
 * the test thread is their client through badged capabilities, as a program
 * would be.
 *
 * The name service runs in a capability space of its own (a node of
 * 2^NAMES_RADIX slots, in scratch SLOT_NAMES_NODE), so the capabilities
 * registered with it live there and a lookup must copy them out. The
 * console's two threads share the test's capability space.
 *
 * Layout of the scratch slots (see ../capability/fixture.h):
 *   0 .. 2              server threads (names; console output, input)
 *   SLOT_NAMES_NODE ..  the name service's node, port, client capabilities
 *   SLOT_CONSOLE_* ..   the console's ports, devices, client capabilities
 */
#ifndef KOITO_GUEST_SERVICES_H
#define KOITO_GUEST_SERVICES_H

#include <a9n/a9n.h>
#include <koito/server.h>
#include <stdint.h>

#define NAMES_RADIX        7u
#define NAMES_NODE_THREAD  1u /* the server thread's own capability, to park itself */
#define NAMES_NODE_PORT    16u
#define NAMES_NODE_RECEIVE 17u
#define NAMES_NODE_MINTED  18u
#define NAMES_NODE_TABLE   64u

#define THREAD_NAMES          0u
#define THREAD_CONSOLE_OUTPUT 1u
#define THREAD_CONSOLE_INPUT  2u

enum services_slot {
    SLOT_NAMES_NODE = 3,
    SLOT_NAMES_PORT,
    SLOT_NAMES_ALL,    /* namespace 1, every right */
    SLOT_NAMES_LOOKUP, /* namespace 1, lookup only */
    SLOT_NAMES_OTHER,  /* namespace 2, register and lookup */
    SLOT_NAMES_NONE,   /* namespace 1, no right */
    SLOT_OBJECT,       /* a notification tests register */
    SLOT_FOUND,        /* where lookups put what they find */
    SLOT_FOUND2,
    SLOT_CONSOLE_OUTPUT, /* the console's ports, unbadged */
    SLOT_CONSOLE_INPUT,
    SLOT_CONSOLE_INTERRUPT,
    SLOT_CONSOLE_IO,
    SLOT_CONSOLE_IRQ, /* notification for the UART's line, and its badged copy */
    SLOT_CONSOLE_IRQ_BADGED,
    SLOT_CONSOLE_LOCK,
    SLOT_OUT_A,         /* client 1 on the output port, WRITE */
    SLOT_OUT_B,         /* client 2 on the output port, WRITE */
    SLOT_IN_A,          /* client 1 on the input port, READ */
    SLOT_OUT_READ_ONLY, /* client 3 on the output port with only the READ right */
    SLOT_SIGNAL,        /* a notification bound to a server thread, and its badged copy */
    SLOT_SIGNAL_BADGED,
    SLOT_IN_NO_READ,           /* client 1 on the input port without the READ right */
    SLOT_CONSOLE_SIGNALS,      /* the console's slots for signal_to's two notifications */
    SLOT_CONSOLE_SIGNALS_QUIT, /* (empty) */
    SLOT_CONSOLE_RECEIVE,      /* where a request's capability arrives (empty) */
    SLOT_IN_TERMINAL,          /* client 1 on the input port, READ and terminal, with GRANT */
    SLOT_IN_GRANT,             /* client 1 on the input port, READ only, with GRANT */
    SLOT_CONSOLE_HANDED,       /* a notification handed to the console with signal_to */
};

/* The name-service badge of namespace `ns` with `rights`. */
uint64_t names_badge(uint64_t ns, uint64_t rights);

/* Start the name service in its own capability space, with client
 * capabilities in SLOT_NAMES_*. */
void names_begin(void);

/* The name service's server loop (to set its notification handler). */
struct koito_server *names_loop(void);

/* A slot of the name service's node, as the test reaches it. */
a9n_descriptor_t names_node_slot(unsigned index);

/* Start the console server on COM2 (COM1 is the kernel's), with client capabilities in SLOT_OUT_*
 * and SLOT_IN_A. */
void console_begin(void);

/* Stop the UART's interrupts and give the kernel its console settings back,
 * then end the test (fixture_end). */
void console_end(void);

/* Send a raw request of `length` words (words[0] is the label) on `service`,
 * with `capability` (A9N_DESCRIPTOR_INVALID: none); returns the reply's word
 * 0 (its error), or the kernel's error of the call. */
uint64_t raw_request(a9n_descriptor_t service, const uint64_t *words, uint64_t length,
                     a9n_descriptor_t capability);

#endif

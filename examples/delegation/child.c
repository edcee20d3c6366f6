/*
 * child (examples/delegation): fetches its one delegated capability from the parent over
 * "handoff", deletes "handoff" so that only the delegated capability is left beside what every
 * process has, sends on it, and then tries everything else a capability holder might try. Each
 * attempt must be refused by the kernel (or by init); the child prints each refusal and exits 0
 * only if all came out as expected.
 */
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <koito/slots.h>
#include <stdio.h>
#include <string.h>

#include "delegation.h"

static int refusals_wrong;

/* Report an attempt that must fail with `expected`. */
static void refused(const char *attempt, enum a9n_error got, enum a9n_error expected)
{
    printf("child: %s: %s\n", attempt, koito_a9n_error_name(got));
    if (got != expected) {
        printf("child: FAILED: expected %s\n", koito_a9n_error_name(expected));
        refusals_wrong++;
    }
}

static const char *type_name(enum a9n_object_type type)
{
    switch (type) {
    case A9N_OBJECT_NODE:
        return "capability node";
    case A9N_OBJECT_ADDRESS_SPACE:
        return "address space";
    case A9N_OBJECT_FRAME:
        return "frame";
    case A9N_OBJECT_THREAD:
        return "thread";
    case A9N_OBJECT_IPC_PORT:
        return "IPC port";
    case A9N_OBJECT_NOTIFICATION_PORT:
        return "notification port";
    case A9N_OBJECT_DEBUG:
        return "kernel debug output";
    default:
        return "another kind";
    }
}

/* What every process holds in the slots before KOITO_SLOT_FIRST_GRANT (<koito/process.h>); NULL
 * for a slot past them. */
static const char *standard_slot(uint64_t index)
{
    static const char *const names[KOITO_SLOT_FIRST_GRANT] = {
        [KOITO_SLOT_NODE] = "its own node",
        [KOITO_SLOT_THREAD] = "its main thread",
        [KOITO_SLOT_ADDRESS_SPACE] = "its address space",
        [KOITO_SLOT_IPC_BUFFER] = "its IPC buffer",
        [KOITO_SLOT_MEMORY] = "its ULMM session",
        [KOITO_SLOT_OS] = "its OS port",
        [KOITO_SLOT_STDIN] = "standard input",
        [KOITO_SLOT_STDOUT] = "standard output",
        [KOITO_SLOT_STDERR] = "standard error",
        [KOITO_SLOT_SUPERVISOR] = "its supervisor port",
        [KOITO_SLOT_CHILDREN] = "its children's notification",
        [KOITO_SLOT_TIMER] = "the timer service",
    };
    if (index >= KOITO_SLOT_FIRST_GRANT)
        return NULL;
    return names[index] != NULL ? names[index] : "a standard slot";
}

/* List what the node holds; 0 if nothing beyond the standard slots and `work`. */
static int survey(uint64_t work)
{
    uint64_t slots = 1ull << koito_node_radix();
    unsigned empty = 0;
    int extra = 0;
    for (uint64_t index = 0; index < slots; index++) {
        enum a9n_object_type type = A9N_OBJECT_NONE;
        a9n_rights_t rights = 0;
        uint64_t badge = 0;
        a9n_node_inspect(A9N_DESCRIPTOR_ROOT, koito_slot(index), &type, &rights, &badge);
        if (type == A9N_OBJECT_NONE) {
            empty++;
            continue;
        }
        const char *meaning = index == work ? "the delegated capability" : standard_slot(index);
        printf("child: slot %llu: %s, rights %#llx (%s)\n", (unsigned long long)index,
               type_name(type), (unsigned long long)rights,
               meaning != NULL ? meaning : "NOT EXPECTED");
        if (meaning == NULL)
            extra++;
    }
    printf("child: %u of %llu slots are empty\n", empty, (unsigned long long)slots);
    return extra;
}

int main(void)
{
    /* 1. Fetch the capability: a call whose reply carries it into an empty slot we name. */
    a9n_descriptor_t handoff = koito_capability("handoff");
    uint64_t work_index = koito_slot_allocate(1);
    a9n_descriptor_t work = koito_slot(work_index);
    uint64_t *buffer = koito_ipc_buffer();
    buffer[A9N_IPC_BUFFER_RECEIVE] = work;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(0, 0)};
    enum a9n_error error = a9n_ipc_port_call(handoff, &message);
    if (error != A9N_OK || !(message.info & A9N_MESSAGE_CAPABILITY)) {
        printf("child: FAILED: no capability came over handoff (error %d)\n", (int)error);
        return 1;
    }
    /* 2. Drop the bootstrap port: from here on the delegated capability is all we were given. */
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, handoff);

    enum a9n_object_type type;
    a9n_rights_t rights;
    uint64_t badge;
    a9n_node_inspect(A9N_DESCRIPTOR_ROOT, work, &type, &rights, &badge);
    printf("child: received a capability: %s, rights %#llx (send only), badge %#llx\n",
           type_name(type), (unsigned long long)rights, (unsigned long long)badge);
    if (type != A9N_OBJECT_IPC_PORT || rights != A9N_RIGHT_WRITE || badge != DELEGATION_BADGE) {
        printf("child: FAILED: that is not the capability the parent minted\n");
        return 1;
    }

    /* 3. What it is for: calling the parent's server. */
    message.info = A9N_MESSAGE_INFO(1, 0);
    message.words[0] = DELEGATION_GREETING;
    error = a9n_ipc_port_call(work, &message);
    printf("child: called \"work\": %s, answer %#llx\n", koito_a9n_error_name(error),
           (unsigned long long)message.words[0]);
    if (error != A9N_OK || message.words[0] != DELEGATION_GREETING + 1) {
        printf("child: FAILED: the parent did not answer as agreed\n");
        return 1;
    }

    /* 4. Everything else is refused. Receiving needs READ. */
    message.info = 0;
    refused("receive on it", a9n_ipc_port_receive(work, &message), A9N_ERROR_INSUFFICIENT_RIGHTS);

    /* Sending a capability along needs GRANT. */
    buffer[A9N_IPC_BUFFER_TRANSFER] = work;
    message.info = A9N_MESSAGE_INFO(0, A9N_MESSAGE_CAPABILITY);
    refused("send a capability through it", a9n_ipc_port_send_nonblocking(work, &message),
            A9N_ERROR_INSUFFICIENT_RIGHTS);

    /* Rights only shrink: a copy that asks for READ and GRANT gets WRITE alone... */
    uint64_t copy_index = koito_slot_allocate(1);
    a9n_descriptor_t copy = koito_slot(copy_index);
    error = a9n_node_copy(A9N_DESCRIPTOR_ROOT, copy, work,
                          A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_GRANT);
    a9n_node_inspect(A9N_DESCRIPTOR_ROOT, copy, &type, &rights, &badge);
    printf("child: copy it asking for receive and grant rights: %s, the copy has rights %#llx\n",
           koito_a9n_error_name(error), (unsigned long long)rights);
    if (error != A9N_OK || rights != A9N_RIGHT_WRITE)
        refusals_wrong++;
    /* ...so receiving on the copy is refused too. */
    refused("receive on the copy", a9n_ipc_port_receive(copy, &message),
            A9N_ERROR_INSUFFICIENT_RIGHTS);
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, copy);

    /* A badge is set once: the child cannot pass for another client. */
    refused("mint it with another badge",
            a9n_node_mint(A9N_DESCRIPTOR_ROOT, copy, work, A9N_RIGHT_WRITE, 0x7),
            A9N_ERROR_INVALID_ARGUMENT);
    koito_slot_free(copy_index, 1);

    /* The bootstrap port is gone for good. */
    message.info = A9N_MESSAGE_INFO(0, 0);
    refused("call \"handoff\" after deleting it", a9n_ipc_port_call(handoff, &message),
            A9N_ERROR_EMPTY_SLOT);

    /* Init starts programs only for holders of its spawn grant: the same request koito_spawn()
     * sends, over the supervisor port every process has, is refused. */
    message.info = A9N_MESSAGE_INFO(4, 0);
    message.words[0] = KOITO_SUPERVISOR_SPAWN;
    memcpy(&message.words[1], "child", sizeof "child");
    error = a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message);
    refused("ask init to start a program", error != A9N_OK ? error : message.words[0],
            A9N_ERROR_INSUFFICIENT_RIGHTS);

    /* The ports every process holds are send-only too: it cannot listen in on init or ULMM. */
    message.info = 0;
    refused("receive on its supervisor port",
            a9n_ipc_port_receive(koito_slot(KOITO_SLOT_SUPERVISOR), &message),
            A9N_ERROR_INSUFFICIENT_RIGHTS);
    refused("receive on its ULMM session",
            a9n_ipc_port_receive(koito_slot(KOITO_SLOT_MEMORY), &message),
            A9N_ERROR_INSUFFICIENT_RIGHTS);

    /* 5. What is left: the process's own objects and the delegated capability. */
    int extra = survey(work_index);
    if (extra != 0 || refusals_wrong != 0) {
        printf("child: FAILED: %d unexpected capabilities, %d unexpected answers\n", extra,
               refusals_wrong);
        return 1;
    }
    printf("child: least privilege holds: one send-only capability, everything else refused\n");
    return 0;
}

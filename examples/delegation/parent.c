/*
 * parent (examples/delegation): serves the port "work" and delegates the least authority that
 * lets a child use it: a capability that may only send (no receive, no capability transfer),
 * badged so that the parent knows who sends. The child fetches it once over the port "handoff"
 * and then drops that port; the parent answers the child's call on "work" and collects how the
 * child ended (it exits 0 only if every refusal it tried came out as expected).
 */
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <stdio.h>

#include "delegation.h"

static int failed(const char *what, enum a9n_error error)
{
    printf("parent: FAILED: %s (error %d)\n", what, (int)error);
    return 1;
}

int main(void)
{
    a9n_descriptor_t work = koito_capability("work");
    a9n_descriptor_t handoff = koito_capability("handoff");

    uint32_t child;
    enum a9n_error error = koito_spawn("child", &child);
    if (error != A9N_OK)
        return failed("starting the child", error);

    /* Derive the child's capability: WRITE (send) only, with the badge set once and for good. */
    uint64_t slot = koito_slot_allocate(1);
    error = a9n_node_mint(A9N_DESCRIPTOR_ROOT, koito_slot(slot), work, A9N_RIGHT_WRITE,
                          DELEGATION_BADGE);
    if (error != A9N_OK)
        return failed("minting the send capability", error);

    /* The child calls on "handoff"; the reply carries the capability into the slot it named. */
    struct a9n_message message = {.info = 0};
    error = a9n_ipc_port_receive(handoff, &message);
    if (error != A9N_OK)
        return failed("waiting for the child on handoff", error);
    uint64_t *buffer = koito_ipc_buffer();
    buffer[A9N_IPC_BUFFER_TRANSFER] = koito_slot(slot);
    message.info = A9N_MESSAGE_INFO(0, A9N_MESSAGE_CAPABILITY);
    error = a9n_ipc_port_reply(handoff, &message);
    if (error != A9N_OK)
        return failed("handing the capability over", error);
    /* The child has its copy; the parent needs none. */
    a9n_node_delete(A9N_DESCRIPTOR_ROOT, koito_slot(slot));
    koito_slot_free(slot, 1);
    printf("parent: gave the child a send-only capability to \"work\", badge %#x\n",
           DELEGATION_BADGE);

    message.info = 0;
    error = a9n_ipc_port_receive(work, &message);
    if (error != A9N_OK)
        return failed("receiving on work", error);
    printf("parent: a message on \"work\" with badge %#llx, word %#llx\n",
           (unsigned long long)message.badge, (unsigned long long)message.words[0]);
    if (message.badge != DELEGATION_BADGE || message.words[0] != DELEGATION_GREETING) {
        printf("parent: FAILED: that is not the child's badge and greeting\n");
        return 1;
    }
    message.info = A9N_MESSAGE_INFO(1, 0);
    message.words[0] = DELEGATION_GREETING + 1;
    a9n_ipc_port_reply(work, &message);

    struct koito_exit exit;
    error = koito_spawn_wait(child, &exit);
    if (error != A9N_OK)
        return failed("waiting for the child", error);
    if (exit.killed || exit.value != 0) {
        printf("parent: FAILED: the child ended with %s %u\n", exit.killed ? "fault" : "status",
               (unsigned)exit.value);
        return 1;
    }
    printf("parent: the child used its one capability and every other attempt was refused\n");
    return 0;
}

/*
 * pong (examples/ping-pong): answers every call on the port granted as "ball" with the number it
 * got plus one, until the system ends.
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>

int main(void)
{
    a9n_descriptor_t ball = koito_capability("ball");
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(ball, &message) != A9N_OK)
        return 1;
    for (;;) {
        message.info = A9N_MESSAGE_INFO(1, 0);
        message.words[0]++;
        if (a9n_ipc_port_reply_receive(ball, &message) != A9N_OK)
            return 1;
    }
}

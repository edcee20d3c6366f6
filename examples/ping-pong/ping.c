/*
 * ping (examples/ping-pong): calls pong over the port granted as "ball" with a number, expects the
 * number plus one back, as many rounds as its argument says, and exits 0 if every answer was right.
 * It names its capability by the name the boot configuration gave it: no slot numbers.
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    int rounds = 0;
    for (const char *digit = argc > 1 ? argv[1] : "1"; *digit >= '0' && *digit <= '9'; digit++)
        rounds = rounds * 10 + (*digit - '0');
    a9n_descriptor_t ball = koito_capability("ball");
    for (int i = 0; i < rounds; i++) {
        struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
        message.words[0] = (uint64_t)i;
        if (a9n_ipc_port_call(ball, &message) != A9N_OK || message.words[0] != (uint64_t)i + 1) {
            printf("ping: round %d went wrong\n", i);
            return 1;
        }
    }
    printf("ping: %d rounds with pong, every answer right\n", rounds);
    return 0;
}

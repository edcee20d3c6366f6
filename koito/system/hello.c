/*
 * koito-hello: the default system's demo program (KOITO, koito/system). It shows the world a
 * program starts in (<koito/process.h>): its arguments, environment, process id and the
 * capabilities it was granted by name; then two instances meet over the port they were both
 * granted as "hello": the one started as "peer" sends its process id, the other receives it.
 */
#include <koito/capabilities.h>
#include <koito/process.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv)
{
    uint64_t pid = koito_aux_value(KOITO_AUX_PROCESS_ID, 0);
    printf("%s: process %llu, %d arguments:", argv[0], (unsigned long long)pid, argc);
    for (int i = 1; i < argc; i++)
        printf(" \"%s\"", argv[i]);
    printf("\n");
    for (char **variable = environ; *variable != NULL; variable++)
        printf("%s: environment %s\n", argv[0], *variable);

    a9n_descriptor_t port = koito_capability("hello");
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
    if (argc > 1 && strcmp(argv[1], "peer") == 0) {
        message.words[0] = pid;
        if (a9n_ipc_port_send(port, &message) != A9N_OK)
            return 1;
        return 0;
    }
    if (a9n_ipc_port_receive(port, &message) != A9N_OK)
        return 1;
    printf("%s: process %llu said hello over the port named \"hello\"\n", argv[0],
           (unsigned long long)message.words[0]);
    return 0;
}

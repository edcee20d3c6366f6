/*
 * client (examples/words): the init program. Reads words, one a line, from the file its argument
 * names (a data file packed into the initrd), has the reverse server reverse each over the port
 * granted as "words", checks the answer and prints it. Exits 0 when every answer was right.
 */
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/capabilities.h>
#include <stdio.h>
#include <string.h>

#define WORD_MAX 32u

/* Has the server reverse word (length bytes, at most WORD_MAX) into reversed; 0 on success. */
static int reverse_remotely(a9n_descriptor_t server, const char *word, size_t length,
                            char *reversed)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(5, 0)};
    message.words[0] = length;
    memcpy(&message.words[1], word, length);
    if (a9n_ipc_port_call(server, &message) != A9N_OK || message.words[0] != length)
        return -1;
    memcpy(reversed, &message.words[1], length);
    reversed[length] = '\0';
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        printf("client: usage: client FILE\n");
        return 2;
    }
    FILE *file = fopen(argv[1], "r");
    if (file == NULL) {
        printf("client: cannot open %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    a9n_descriptor_t server = koito_capability("words");
    char line[WORD_MAX + 2];
    int count = 0;
    while (fgets(line, sizeof line, file) != NULL) {
        size_t length = strcspn(line, "\n");
        char reversed[WORD_MAX + 1];
        if (length == 0 || length > WORD_MAX || reverse_remotely(server, line, length, reversed)) {
            printf("client: word %d went wrong\n", count + 1);
            return 1;
        }
        for (size_t i = 0; i < length; i++) {
            if (reversed[i] != line[length - 1 - i]) {
                printf("client: the server answered '%s' for '%.*s'\n", reversed, (int)length,
                       line);
                return 1;
            }
        }
        printf("client: %.*s -> %s\n", (int)length, line, reversed);
        count++;
    }
    fclose(file);
    printf("client: %d words from %s reversed by the server\n", count, argv[1]);
    return count > 0 ? 0 : 1;
}

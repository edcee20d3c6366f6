/*
 * reverse (examples/words): a server. Answers every call on the port granted as "words" with the
 * word it got, reversed, until the system ends. A word travels as its length in message word 0
 * and its bytes in words 1 to 4 (at most 32 bytes).
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <string.h>

#define WORD_MAX 32u

static void reverse_word(struct a9n_message *message)
{
    char word[WORD_MAX];
    uint64_t length = message->words[0] < WORD_MAX ? message->words[0] : WORD_MAX;
    memcpy(word, &message->words[1], sizeof word);
    for (uint64_t i = 0; i < length / 2; i++) {
        char c = word[i];
        word[i] = word[length - 1 - i];
        word[length - 1 - i] = c;
    }
    memcpy(&message->words[1], word, sizeof word);
    message->words[0] = length;
    message->info = A9N_MESSAGE_INFO(5, 0);
}

int main(void)
{
    a9n_descriptor_t words = koito_capability("words");
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(words, &message) != A9N_OK)
        return 1;
    for (;;) {
        reverse_word(&message);
        if (a9n_ipc_port_reply_receive(words, &message) != A9N_OK)
            return 1;
    }
}

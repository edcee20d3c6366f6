/*
 * Starting configured programs through KOITO init (libkoito); see <koito/spawn.h>. The requests
 * are KOITO_SUPERVISOR_SPAWN, _WAIT and _FREE_MEMORY of <koito/process.h>, sent over the
 * capability granted as "spawn".
 */
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <string.h>

static enum a9n_error spawn_call(struct a9n_message *message, unsigned length)
{
    message->info = A9N_MESSAGE_INFO(length, 0);
    enum a9n_error error = a9n_ipc_port_call(koito_capability("spawn"), message);
    return error != A9N_OK ? error : (enum a9n_error)message->words[0];
}

enum a9n_error koito_spawn(const char *name, uint32_t *pid)
{
    struct a9n_message message = {0};
    size_t length = strlen(name);
    if (length >= 3 * sizeof(uint64_t))
        return A9N_ERROR_INVALID_ARGUMENT;
    message.words[0] = KOITO_SUPERVISOR_SPAWN;
    memcpy(&message.words[1], name, length);
    enum a9n_error error = spawn_call(&message, 4);
    if (error == A9N_OK)
        *pid = (uint32_t)message.words[1];
    return error;
}

enum a9n_error koito_spawn_poll(uint32_t pid, struct koito_exit *exit)
{
    struct a9n_message message = {0};
    message.words[0] = KOITO_SUPERVISOR_WAIT;
    message.words[1] = pid;
    enum a9n_error error = spawn_call(&message, 2);
    if (error == A9N_OK) {
        exit->killed = message.words[1] != 0;
        exit->value = message.words[2];
    }
    return error;
}

/* Blocks on the notification init signals whenever one of this program's children ends; a wake
 * for another child (or one left from an earlier end) just means asking again. */
enum a9n_error koito_spawn_wait(uint32_t pid, struct koito_exit *exit)
{
    for (;;) {
        enum a9n_error error = koito_spawn_poll(pid, exit);
        if (error != A9N_ERROR_WOULD_BLOCK)
            return error;
        error = a9n_notification_port_wait(koito_slot(KOITO_SLOT_CHILDREN), NULL);
        if (error != A9N_OK)
            return error;
    }
}

enum a9n_error koito_free_memory(uint64_t *bytes)
{
    struct a9n_message message = {0};
    message.words[0] = KOITO_SUPERVISOR_FREE_MEMORY;
    enum a9n_error error = spawn_call(&message, 1);
    if (error == A9N_OK)
        *bytes = message.words[1];
    return error;
}

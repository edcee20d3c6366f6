/*
 * owner (examples/shared-memory): makes a page of memory shared through ULMMI, maps it writable,
 * writes a note into it and hands the reader a read-only grant for it over the port "shm". The
 * reader answers with what it read; then its attempt to write the page kills it, and this
 * program, which started it, sees how it ended.
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/spawn.h>
#include <stdio.h>
#include <string.h>
#include <ulmm/ulmmi.h>

#include "note.h"

static int failed(const char *what, enum koito_ulmmi_error error)
{
    printf("owner: FAILED: %s: %s\n", what, koito_ulmmi_error_name(error));
    return 1;
}

int main(void)
{
    /* Every process has a ULMM session; shared objects are charged to its quota. */
    a9n_descriptor_t memory = koito_slot(KOITO_SLOT_MEMORY);
    uint64_t share;
    enum koito_ulmmi_error error = koito_ulmmi_share_create(memory, NOTE_PAGE, &share);
    if (error != KOITO_ULMMI_OK)
        return failed("share_create", error);

    /* A grant is a handle and a secret key: whoever holds both may map the object, with at most
     * the grant's rights. The owner maps it through a read-write grant of its own... */
    uint64_t own_grant;
    uint64_t own_key;
    uint64_t address;
    const uint64_t read_write = KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE;
    error = koito_ulmmi_share_grant(memory, share, read_write, &own_grant, &own_key);
    if (error == KOITO_ULMMI_OK)
        error = koito_ulmmi_share_map(memory, own_grant, own_key, 0, read_write, 0, &address);
    if (error != KOITO_ULMMI_OK)
        return failed("mapping the share read-write", error);
    char *page = (char *)address;
    memcpy(page, NOTE_TEXT, sizeof NOTE_TEXT);
    printf("owner: wrote \"%s\" into the shared page\n", page);

    /* ...and gives the reader one that allows reading only. */
    uint64_t grant;
    uint64_t key;
    error = koito_ulmmi_share_grant(memory, share, KOITO_ULMMI_PROT_READ, &grant, &key);
    if (error != KOITO_ULMMI_OK)
        return failed("share_grant for the reader", error);

    uint32_t reader;
    if (koito_spawn("reader", &reader) != A9N_OK) {
        printf("owner: FAILED: cannot start the reader\n");
        return 1;
    }
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = grant;
    message.words[1] = key;
    if (a9n_ipc_port_call(koito_capability("shm"), &message) != A9N_OK ||
        A9N_MESSAGE_LENGTH(message.info) != 2) {
        printf("owner: FAILED: the reader did not answer\n");
        return 1;
    }
    if (message.words[0] != strlen(NOTE_TEXT) ||
        message.words[1] != note_checksum(NOTE_TEXT, strlen(NOTE_TEXT))) {
        printf("owner: FAILED: the reader read something else\n");
        return 1;
    }
    printf("owner: the reader read all %u bytes of the note (checksum matches)\n",
           (unsigned)message.words[0]);

    /* The reader now stores into its read-only mapping: the page fault kills it, and init, its
     * supervisor, tells the program that started it how it ended. */
    struct koito_exit exit;
    if (koito_spawn_wait(reader, &exit) != A9N_OK) {
        printf("owner: FAILED: cannot learn how the reader ended\n");
        return 1;
    }
    if (!exit.killed || exit.value != A9N_FAULT_PAGE) {
        printf("owner: FAILED: the reader ended with %s %u, not a page fault\n",
               exit.killed ? "fault" : "status", (unsigned)exit.value);
        return 1;
    }
    printf("owner: the reader was killed by a page fault when it wrote to its read-only mapping\n");
    if (strcmp(page, NOTE_TEXT) != 0) {
        printf("owner: FAILED: the shared page changed\n");
        return 1;
    }
    printf("owner: the shared page is unchanged: sharing with least rights works\n");
    return 0;
}

/*
 * reader (examples/shared-memory): receives a read-only grant for the owner's shared page over the
 * port "shm", maps it and answers with the note's length and checksum. Then it tries to get write
 * access every way there is: ULMMI refuses to map or re-protect it writable, and a plain store
 * faults, which kills this process (its owner checks that it did).
 */
#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <stdio.h>
#include <string.h>
#include <ulmm/ulmmi.h>

#include "note.h"

int main(void)
{
    a9n_descriptor_t memory = koito_slot(KOITO_SLOT_MEMORY);
    a9n_descriptor_t shm = koito_capability("shm");
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(shm, &message) != A9N_OK || A9N_MESSAGE_LENGTH(message.info) != 2) {
        printf("reader: FAILED: no grant arrived\n");
        return 1;
    }
    uint64_t grant = message.words[0];
    uint64_t key = message.words[1];

    /* Asking for more than the grant allows is refused, and nothing is mapped. */
    uint64_t address;
    enum koito_ulmmi_error error = koito_ulmmi_share_map(
        memory, grant, key, 0, KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE, 0, &address);
    printf("reader: mapping the share read-write: %s\n", koito_ulmmi_error_name(error));
    if (error != KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS) {
        printf("reader: FAILED: a read-only grant was mapped writable\n");
        return 1;
    }

    error = koito_ulmmi_share_map(memory, grant, key, 0, KOITO_ULMMI_PROT_READ, 0, &address);
    if (error != KOITO_ULMMI_OK) {
        printf("reader: FAILED: mapping the share read-only: %s\n", koito_ulmmi_error_name(error));
        return 1;
    }
    const char *page = (const char *)address;
    printf("reader: read \"%s\"\n", page);

    /* Nor can the mapping be made writable afterwards. */
    error = koito_ulmmi_protect(memory, address, NOTE_PAGE,
                                KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE);
    printf("reader: making the mapping writable: %s\n", koito_ulmmi_error_name(error));
    if (error != KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS) {
        printf("reader: FAILED: a read-only mapping was made writable\n");
        return 1;
    }

    size_t length = strnlen(page, NOTE_PAGE);
    message.info = A9N_MESSAGE_INFO(2, 0);
    message.words[0] = length;
    message.words[1] = note_checksum(page, length);
    if (a9n_ipc_port_reply(shm, &message) != A9N_OK) {
        printf("reader: FAILED: cannot answer the owner\n");
        return 1;
    }

    /* The hardware enforces what ULMM mapped: this store faults, ULMM finds nothing to resolve,
     * and init ends this process. volatile keeps the compiler from dropping the store. */
    printf("reader: now writing to the read-only page\n");
    *(volatile char *)page = '!';
    printf("reader: FAILED: the store to a read-only page went through\n");
    return 1;
}

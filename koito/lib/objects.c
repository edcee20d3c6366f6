/*
 * Kernel objects and memory for the program (libkoito); see <koito/objects.h>. Requests go to the
 * supervisor over KOITO_SLOT_SUPERVISOR (<koito/process.h>).
 */
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>

#include <stddef.h>

#define OBJECTS_PAGE 4096u

static enum a9n_error objects_request(uint64_t type, uint64_t size_bits, uint64_t slot,
                                      uint64_t count)
{
    if (koito_process_info() == NULL)
        return A9N_ERROR_UNKNOWN_CALL;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(5, 0)};
    message.words[0] = KOITO_SUPERVISOR_ALLOCATE;
    message.words[1] = type;
    message.words[2] = size_bits;
    message.words[3] = slot;
    message.words[4] = count;
    enum a9n_error error = a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message);
    return error != A9N_OK ? error : (enum a9n_error)message.words[0];
}

enum a9n_error koito_object_allocate(enum a9n_object_type type, unsigned size_bits, unsigned count,
                                     uint64_t *first)
{
    uint64_t slot = koito_slot_allocate(count);
    if (slot == 0)
        return A9N_ERROR_INDEX_OUT_OF_RANGE;
    enum a9n_error error = objects_request(type, size_bits, slot, count);
    if (error != A9N_OK) {
        koito_slot_free(slot, count);
        return error;
    }
    *first = slot;
    return A9N_OK;
}

/* Map one frame at address, making the page tables the address still lacks. */
static enum a9n_error objects_map(a9n_descriptor_t frame, uint64_t address, a9n_rights_t rights)
{
    a9n_descriptor_t space = koito_slot(KOITO_SLOT_ADDRESS_SPACE);
    for (;;) {
        enum a9n_error error = a9n_frame_map(frame, space, address, rights);
        if (error != A9N_ERROR_TABLE_MISSING)
            return error;
        uint64_t depth = 0, table = 0;
        error = a9n_address_space_get_missing_depth(space, address, 12, &depth);
        if (error == A9N_OK)
            error = koito_object_allocate(A9N_OBJECT_PAGE_TABLE, (unsigned)depth, 1, &table);
        if (error == A9N_OK)
            error = a9n_page_table_map(koito_slot(table), space, address);
        if (error != A9N_OK)
            return error;
    }
}

enum a9n_error koito_memory_map(uint64_t address, uint64_t size, a9n_rights_t rights)
{
    unsigned count = (unsigned)(size / OBJECTS_PAGE);
    uint64_t first = 0;
    enum a9n_error error = koito_object_allocate(A9N_OBJECT_FRAME, 12, count, &first);
    for (unsigned i = 0; error == A9N_OK && i < count; i++)
        error = objects_map(koito_slot(first + i), address + (uint64_t)i * OBJECTS_PAGE, rights);
    return error;
}

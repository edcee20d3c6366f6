/*
 * The shared buffers (KOITO POSIX server, koito/posix): bulk reads and writes move through
 * KOITO_POSIX_BUFFER_SIZE bytes of memory shared between a process and the server instead of
 * many messages.
 *
 * Its last page is the read hand-off's (posix_handoff.c), the rest bulk transfers'.
 *
 * The server makes a process's buffer on its first buffer request: KOITO_POSIX_BUFFER_PAGES
 * frames from the server's own memory, mapped in the server at POSIX_BUFFER_AREA (one slot of
 * the area per process record) and handed to the process as copies, which its C library maps
 * at KOITO_OS_BUFFER_ADDRESS. The server keeps the originals, so nothing the process does to
 * its copies (deleting, revoking them) can take the memory from under the server.
 */
#include "posix_service.h"

#include <koito/objects.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <koito/slots.h>

#define POSIX_BUFFER_AREA 0x0000600000000000ull
#define POSIX_PAGE        4096u
/* The bulk part and the hand-off page. */
#define POSIX_BUFFER_SPAN (KOITO_POSIX_BUFFER_PAGES * POSIX_PAGE)

/* Map frame at address in the server, making the page tables it still lacks. */
static enum a9n_error buffer_map(a9n_descriptor_t frame, uint64_t address)
{
    a9n_descriptor_t space = koito_slot(KOITO_SLOT_ADDRESS_SPACE);
    for (;;) {
        enum a9n_error error =
            a9n_frame_map(frame, space, address, A9N_RIGHT_READ | A9N_RIGHT_WRITE);
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

uint8_t *posix_buffer_of(struct posix_service *service, const struct vfs_process *process)
{
    size_t record = (size_t)(process - service->processes);
    return service->buffer_first[record] == 0
               ? NULL
               : (uint8_t *)(uintptr_t)(POSIX_BUFFER_AREA + record * POSIX_BUFFER_SPAN);
}

enum koito_posix_error posix_buffer_frame(struct posix_service *service,
                                          const struct vfs_process *process, uint64_t index,
                                          a9n_descriptor_t *frame)
{
    if (index >= KOITO_POSIX_BUFFER_PAGES)
        return KOITO_POSIX_ERROR_EINVAL;
    size_t record = (size_t)(process - service->processes);
    if (service->buffer_first[record] == 0) {
        uint64_t first = 0;
        if (koito_object_allocate(A9N_OBJECT_FRAME, 12, KOITO_POSIX_BUFFER_PAGES, &first) != A9N_OK)
            return KOITO_POSIX_ERROR_ENOMEM;
        uint64_t base = POSIX_BUFFER_AREA + record * POSIX_BUFFER_SPAN;
        for (unsigned page = 0; page < KOITO_POSIX_BUFFER_PAGES; page++) {
            if (buffer_map(koito_slot(first + page), base + page * POSIX_PAGE) != A9N_OK)
                return KOITO_POSIX_ERROR_ENOMEM; /* the frames stay for the next attempt */
        }
        service->buffer_first[record] = first;
    }
    *frame = koito_slot(service->buffer_first[record] + index);
    return KOITO_POSIX_OK;
}

/*
 * The shared buffer with the POSIX server (libc, OS port); see port.h. On first use the C library
 * asks the server for the buffer's KOITO_POSIX_BUFFER_PAGES frames (the server makes them from its
 * own memory and keeps the originals), receives them in KOITO_SLOT_OS_BUFFER.. and maps them at
 * KOITO_OS_BUFFER_ADDRESS, inside the 2 MiB the IPC buffer's page table already covers. One
 * thread uses its bulk part at a time; the others send their data in messages meanwhile. Its
 * last page (KOITO_POSIX_HANDOFF_OFFSET) is the read hand-off's, with a user of its own: a
 * thread that waits there for a pipe keeps it, and spawn and bulk transfers go on beside it.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>

static int buffer_state; /* 0 not set up, 1 ready, -1 unavailable */
static int buffer_busy;  /* the bulk part's user */
static int handoff_busy; /* the hand-off page's */

static int buffer_setup(void)
{
    unsigned radix = (unsigned)koito_aux_value(KOITO_AUX_NODE_RADIX, 0);
    a9n_descriptor_t space =
        a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, KOITO_SLOT_ADDRESS_SPACE);
    for (unsigned page = 0; page < KOITO_POSIX_BUFFER_PAGES; page++) {
        a9n_descriptor_t slot =
            a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, KOITO_SLOT_OS_BUFFER + page);
        if (koito_posix_buffer(__koito_os_port(), page, slot) != KOITO_POSIX_OK)
            return -1;
        if (a9n_frame_map(slot, space, KOITO_OS_BUFFER_ADDRESS + page * 4096ull,
                          A9N_RIGHT_READ | A9N_RIGHT_WRITE) != A9N_OK)
            return -1;
    }
    return 1;
}

unsigned char *__koito_os_buffer_acquire(void)
{
    if (__atomic_exchange_n(&buffer_busy, 1, __ATOMIC_ACQUIRE) != 0)
        return NULL;
    if (buffer_state == 0)
        __atomic_store_n(&buffer_state, koito_process_info() != NULL ? buffer_setup() : -1,
                         __ATOMIC_RELEASE);
    if (buffer_state < 0) {
        __atomic_store_n(&buffer_busy, 0, __ATOMIC_RELEASE);
        return NULL;
    }
    return (unsigned char *)(uintptr_t)KOITO_OS_BUFFER_ADDRESS;
}

int __koito_os_handoff_prepare(void)
{
    if (__atomic_load_n(&buffer_state, __ATOMIC_ACQUIRE) != 0 ||
        __koito_os_buffer_acquire() == NULL)
        return 0;
    __koito_os_buffer_release();
    return 1;
}

unsigned char *__koito_os_handoff_acquire(void)
{
    if (__atomic_load_n(&buffer_state, __ATOMIC_ACQUIRE) != 1 ||
        __atomic_exchange_n(&handoff_busy, 1, __ATOMIC_ACQUIRE) != 0)
        return NULL;
    return (unsigned char *)(uintptr_t)(KOITO_OS_BUFFER_ADDRESS + KOITO_POSIX_HANDOFF_OFFSET);
}

void __koito_os_handoff_release(void)
{
    __atomic_store_n(&handoff_busy, 0, __ATOMIC_RELEASE);
}

void __koito_os_buffer_release(void)
{
    __atomic_store_n(&buffer_busy, 0, __ATOMIC_RELEASE);
}

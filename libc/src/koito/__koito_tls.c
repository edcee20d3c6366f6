/*
 * Thread-local storage of KOITO programs (libc, OS port): lays out a thread's static TLS block and
 * its thread control block (<koito/process.h>) in memory the caller provides, and gives the main
 * thread its own, in the area the SDK's linker script reserves at the end of bss.
 *
 * x86_64 uses TLS variant II: the thread pointer (the FS base) points at the control block, whose
 * first word points at itself, and the TLS block ends right below it, starting at
 * tp - align_up(memory size, alignment), where the linker's local-exec offsets expect it.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <koito/process.h>
#include <stdint.h>
#include <string.h>

/* Symbols of the SDK's linker script: the TLS image, the main thread's area, and the sizes as
 * words (file size, memory size, alignment, reserve) rather than absolute symbols, so
 * position-independent code reads them without relocations. */
extern const unsigned char __koito_tls_image[] __KOITO_HIDDEN;
extern const uint64_t __koito_tls_layout[4] __KOITO_HIDDEN;
extern unsigned char __koito_main_tls[] __KOITO_HIDDEN;

#define TLS_FILE_SIZE   ((uintptr_t)__koito_tls_layout[0])
#define TLS_MEMORY_SIZE ((uintptr_t)__koito_tls_layout[1])
#define TLS_ALIGN       ((uintptr_t)__koito_tls_layout[2])
#define TLS_RESERVE     ((uintptr_t)__koito_tls_layout[3])

#define TLS_TCB_ALIGN 64u

static uintptr_t align_up(uintptr_t value, uintptr_t alignment)
{
    return (value + alignment - 1) & ~(alignment - 1);
}

size_t koito_tls_area_size(void)
{
    return (size_t)TLS_RESERVE;
}

struct koito_thread_control *koito_tls_initialize(void *area, void *ipc_buffer,
                                                  uint64_t thread_slot)
{
    uintptr_t memory_size = TLS_MEMORY_SIZE;
    uintptr_t start = align_up((uintptr_t)area, TLS_TCB_ALIGN);
    struct koito_thread_control *control =
        (struct koito_thread_control *)(start + align_up(memory_size, TLS_TCB_ALIGN));
    unsigned char *block = (unsigned char *)control - align_up(memory_size, TLS_ALIGN);

    memcpy(block, __koito_tls_image, (size_t)TLS_FILE_SIZE);
    memset(block + TLS_FILE_SIZE, 0, memory_size - TLS_FILE_SIZE);
    memset(control, 0, sizeof(*control));
    control->self = control;
    control->ipc_buffer = ipc_buffer;
    control->thread_slot = thread_slot;
    return control;
}

int __koito_tls_start_main(a9n_descriptor_t thread, uint64_t thread_slot, void *ipc_buffer)
{
    struct koito_thread_control *control =
        koito_tls_initialize(__koito_main_tls, ipc_buffer, thread_slot);
    return a9n_thread_set_tls_base(thread, (uint64_t)(uintptr_t)control) == A9N_OK ? 0 : -1;
}

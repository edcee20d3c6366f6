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
#include <string.h>

/* Absolute symbols of koito.ld: their addresses are the values. */
extern const unsigned char __koito_tls_image[] __KOITO_HIDDEN;
extern const unsigned char __koito_tls_file_size[] __KOITO_HIDDEN;
extern const unsigned char __koito_tls_memory_size[] __KOITO_HIDDEN;
extern const unsigned char __koito_tls_align[] __KOITO_HIDDEN;
extern const unsigned char __koito_tls_reserve[] __KOITO_HIDDEN;
extern unsigned char __koito_main_tls[] __KOITO_HIDDEN;

#define TLS_TCB_ALIGN 64u

static uintptr_t align_up(uintptr_t value, uintptr_t alignment)
{
    return (value + alignment - 1) & ~(alignment - 1);
}

size_t koito_tls_area_size(void)
{
    return (size_t)(uintptr_t)__koito_tls_reserve;
}

struct koito_thread_control *koito_tls_initialize(void *area, void *ipc_buffer,
                                                  uint64_t thread_slot)
{
    uintptr_t memory_size = (uintptr_t)__koito_tls_memory_size;
    uintptr_t start = align_up((uintptr_t)area, TLS_TCB_ALIGN);
    struct koito_thread_control *control =
        (struct koito_thread_control *)(start + align_up(memory_size, TLS_TCB_ALIGN));
    unsigned char *block =
        (unsigned char *)control - align_up(memory_size, (uintptr_t)__koito_tls_align);

    memcpy(block, __koito_tls_image, (size_t)(uintptr_t)__koito_tls_file_size);
    memset(block + (uintptr_t)__koito_tls_file_size, 0,
           memory_size - (uintptr_t)__koito_tls_file_size);
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

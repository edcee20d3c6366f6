/*
 * Threads of the program (libkoito); see <koito/thread.h>.
 *
 * Each thread gets the next window of THREAD_WINDOW bytes of the thread area:
 *   [guard page][stack][guard page][IPC buffer][guard page][TLS block and control block]
 * A new thread starts in thread_start with its struct koito_thread in rdi and rsp 8 bytes below a
 * 16-byte boundary, as if called; when entry returns it signals its notification and suspends
 * itself.
 */
#include <a9n/arch/x86_64/registers.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/thread.h>
#include <stddef.h>

#define THREAD_PAGE   4096u
#define THREAD_WINDOW (1024u * 1024u)

static uint64_t thread_next_window;

static uint64_t thread_round(uint64_t size)
{
    return (size + THREAD_PAGE - 1) & ~(uint64_t)(THREAD_PAGE - 1);
}

static _Noreturn void thread_start(struct koito_thread *thread)
{
    thread->entry(thread->argument);
    a9n_notification_port_signal(koito_slot(thread->notification_slot));
    for (;;)
        a9n_thread_suspend(koito_slot(thread->thread_slot));
}

/* The next free window, or 0 when the thread area is used up. */
static uint64_t thread_window(void)
{
    uint64_t index = __atomic_fetch_add(&thread_next_window, 1, __ATOMIC_RELAXED);
    if (index >= KOITO_THREAD_AREA_SIZE / THREAD_WINDOW)
        return 0;
    return KOITO_THREAD_AREA + index * THREAD_WINDOW;
}

/* The thread's fault resolver is the program's ULMM session, as the main thread's is (lazy pages
 * resolved, other faults forwarded to the supervisor); without a session, the supervisor. */
static enum a9n_error thread_configure(a9n_descriptor_t thread, uint64_t ipc_buffer)
{
    enum a9n_error error = a9n_thread_configure(thread, koito_slot(KOITO_SLOT_NODE),
                                                koito_slot(KOITO_SLOT_ADDRESS_SPACE), ipc_buffer,
                                                koito_slot(KOITO_SLOT_MEMORY));
    if (error == A9N_OK)
        return error;
    return a9n_thread_configure(thread, koito_slot(KOITO_SLOT_NODE),
                                koito_slot(KOITO_SLOT_ADDRESS_SPACE), ipc_buffer,
                                koito_slot(KOITO_SLOT_SUPERVISOR));
}

enum a9n_error koito_thread_create(struct koito_thread *thread, void (*entry)(void *),
                                   void *argument)
{
    uint64_t window = thread_window();
    if (window == 0)
        return A9N_ERROR_NOT_ENOUGH_MEMORY;
    uint64_t stack = window + THREAD_PAGE;
    uint64_t stack_top = stack + KOITO_THREAD_STACK_SIZE;
    uint64_t ipc_buffer = stack_top + THREAD_PAGE;
    uint64_t tls = ipc_buffer + 2 * THREAD_PAGE;
    const a9n_rights_t rw = A9N_RIGHT_READ | A9N_RIGHT_WRITE;

    thread->entry = entry;
    thread->argument = argument;
    enum a9n_error error = koito_memory_map(stack, KOITO_THREAD_STACK_SIZE, rw);
    if (error == A9N_OK)
        error = koito_memory_map(ipc_buffer, THREAD_PAGE, rw);
    if (error == A9N_OK)
        error = koito_memory_map(tls, thread_round(koito_tls_area_size()), rw);
    if (error == A9N_OK)
        error = koito_object_allocate(A9N_OBJECT_THREAD, 0, 1, &thread->thread_slot);
    if (error == A9N_OK)
        error =
            koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &thread->notification_slot);
    if (error != A9N_OK)
        return error;

    a9n_descriptor_t self = koito_slot(thread->thread_slot);
    struct koito_thread_control *control = koito_tls_initialize(
        (void *)(uintptr_t)tls, (void *)(uintptr_t)ipc_buffer, thread->thread_slot);
    unsigned priority = (unsigned)koito_aux_value(KOITO_AUX_PRIORITY, 100);
    error = thread_configure(self, ipc_buffer);
    if (error == A9N_OK)
        error = a9n_thread_set_priority(self, koito_slot(KOITO_SLOT_THREAD), priority, priority);
    if (error == A9N_OK)
        error = a9n_thread_set_tls_base(self, (uint64_t)(uintptr_t)control);
    if (error == A9N_OK)
        error = a9n_thread_write_registers(
            self, A9N_X86_64_RIP, 2, (uint64_t)(uintptr_t)thread_start, stack_top - 8, 0, 0, 0, 0);
    if (error == A9N_OK)
        error = a9n_thread_write_registers(self, A9N_X86_64_RDI, 1, (uint64_t)(uintptr_t)thread, 0,
                                           0, 0, 0, 0);
    if (error == A9N_OK)
        error = a9n_thread_resume(self);
    return error;
}

enum a9n_error koito_thread_join(struct koito_thread *thread)
{
    return a9n_notification_port_wait(koito_slot(thread->notification_slot), NULL);
}

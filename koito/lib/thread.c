/*
 * Threads of the program (libkoito); see <koito/thread.h>.
 *
 * Each thread gets a window of the thread area, sized for its stack and user area:
 *   [guard page][stack][guard page][IPC buffer][guard page][window record, user area, TLS and
 *   control block]
 * The window record (struct koito_thread_window) lives in the window itself, so it outlives the
 * caller's struct koito_thread and is what a reused window keeps: its memory, its thread object
 * and its two notification ports (one signalled when a joinable thread ends, one for the thread's
 * blocking waits).
 *
 * A new thread starts in thread_start with its window record in rdi and rsp 8 bytes below a
 * 16-byte boundary, as if called. Its `state` goes from joinable or detached to ended; detaching
 * moves a joinable one to detached. When it ends, a detached thread puts its window on the free
 * list and a joinable one signals its joiner, who does; either way it then suspends itself.
 * Whoever takes a window from the free list suspends its old thread first (a no-op when it has
 * already stopped, and it stops one that was preempted between pushing and suspending), so a
 * window is never rewritten under a thread still running in it.
 */
#include <a9n/arch/x86_64/registers.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/thread.h>
#include <stddef.h>
#include <string.h>

#define THREAD_PAGE 4096u

enum thread_state { THREAD_JOINABLE, THREAD_DETACHED, THREAD_ENDED };

struct koito_thread_window {
    struct koito_thread_window *next; /* on the free list */
    uint64_t stack_size;
    uint64_t user_capacity; /* bytes of the user area, right after this record */
    uint64_t user_size;     /* bytes of it the current thread asked for; 0: it has none */
    uint64_t stack;         /* lowest address of the stack */
    uint64_t ipc_buffer;    /* the IPC buffer page */
    uint64_t tls;           /* the TLS area, right after this record */
    uint64_t thread_slot;   /* these three objects stay with the window */
    uint64_t exit_slot;
    uint64_t wait_slot;
    int state; /* enum thread_state */
    void (*entry)(void *);
    void *argument;
} __attribute__((aligned(16)));

static uint64_t thread_next_offset;             /* bump allocator of the thread area */
static struct koito_thread_window *thread_free; /* windows whose thread has ended */
static volatile int thread_free_lock;

static uint64_t thread_round(uint64_t size)
{
    return (size + THREAD_PAGE - 1) & ~(uint64_t)(THREAD_PAGE - 1);
}

static void thread_lock(void)
{
    while (__atomic_exchange_n(&thread_free_lock, 1, __ATOMIC_ACQUIRE))
        a9n_yield();
}

static void thread_unlock(void)
{
    __atomic_store_n(&thread_free_lock, 0, __ATOMIC_RELEASE);
}

static void thread_free_push(struct koito_thread_window *window)
{
    thread_lock();
    window->next = thread_free;
    thread_free = window;
    thread_unlock();
}

/* The first ended thread's window with at least this stack and user area, or NULL. */
static struct koito_thread_window *thread_free_take(uint64_t stack_size, uint64_t user_size)
{
    thread_lock();
    struct koito_thread_window **link = &thread_free;
    while (*link != NULL &&
           ((*link)->stack_size < stack_size || (*link)->user_capacity < user_size))
        link = &(*link)->next;
    struct koito_thread_window *window = *link;
    if (window != NULL)
        *link = window->next;
    thread_unlock();
    return window;
}

static struct koito_thread_control *thread_control(void)
{
    struct koito_thread_control *control;
    __asm__("mov %%fs:0, %0" : "=r"(control));
    return control;
}

/* Give the calling thread its wait notification if it has none yet (only the main thread can
 * lack one: every thread made here gets its own). */
static enum a9n_error thread_give_caller_wait_notification(void)
{
    struct koito_thread_control *control = thread_control();
    if (control->wait_notification != 0)
        return A9N_OK;
    uint64_t slot = 0;
    enum a9n_error error = koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &slot);
    if (error == A9N_OK)
        __atomic_store_n(&control->wait_notification, koito_slot(slot), __ATOMIC_RELEASE);
    return error;
}

a9n_descriptor_t koito_thread_wait_notification(void)
{
    if (thread_give_caller_wait_notification() != A9N_OK)
        return 0;
    return thread_control()->wait_notification;
}

static void *thread_user(struct koito_thread_window *window)
{
    return window + 1;
}

static _Noreturn void thread_start(struct koito_thread_window *window)
{
    window->entry(window->user_size != 0 ? thread_user(window) : window->argument);
    koito_thread_exit();
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

/* A fresh window with its memory mapped and its objects made, or NULL with *error set. */
static struct koito_thread_window *thread_window_new(uint64_t stack_size, uint64_t user_size,
                                                     enum a9n_error *error)
{
    uint64_t record =
        thread_round(sizeof(struct koito_thread_window) + user_size + koito_tls_area_size());
    uint64_t size = THREAD_PAGE + stack_size + 3 * THREAD_PAGE + record;
    uint64_t offset = __atomic_fetch_add(&thread_next_offset, size, __ATOMIC_RELAXED);
    if (offset + size > KOITO_THREAD_AREA_SIZE || offset + size < offset) {
        *error = A9N_ERROR_NOT_ENOUGH_MEMORY;
        return NULL;
    }
    uint64_t base = KOITO_THREAD_AREA + offset;
    uint64_t stack = base + THREAD_PAGE;
    uint64_t ipc_buffer = stack + stack_size + THREAD_PAGE;
    uint64_t record_address = ipc_buffer + 2 * THREAD_PAGE;
    const a9n_rights_t rw = A9N_RIGHT_READ | A9N_RIGHT_WRITE;
    uint64_t thread_slot = 0, notifications = 0;

    *error = koito_memory_map(stack, stack_size, rw);
    if (*error == A9N_OK)
        *error = koito_memory_map(ipc_buffer, THREAD_PAGE, rw);
    if (*error == A9N_OK)
        *error = koito_memory_map(record_address, record, rw);
    if (*error == A9N_OK)
        *error = koito_object_allocate(A9N_OBJECT_THREAD, 0, 1, &thread_slot);
    if (*error == A9N_OK)
        *error = koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 2, &notifications);
    if (*error != A9N_OK)
        return NULL;

    a9n_descriptor_t self = koito_slot(thread_slot);
    unsigned priority = (unsigned)koito_aux_value(KOITO_AUX_PRIORITY, 100);
    *error = thread_configure(self, ipc_buffer);
    if (*error == A9N_OK)
        *error = a9n_thread_set_priority(self, koito_slot(KOITO_SLOT_THREAD), priority, priority);
    if (*error != A9N_OK)
        return NULL;
    struct koito_thread_window *window = (struct koito_thread_window *)(uintptr_t)record_address;
    window->stack_size = stack_size;
    window->user_capacity = user_size;
    window->stack = stack;
    window->ipc_buffer = ipc_buffer;
    window->tls = record_address + sizeof(struct koito_thread_window) + user_size;
    window->thread_slot = thread_slot;
    window->exit_slot = notifications;
    window->wait_slot = notifications + 1;
    return window;
}

/* Make a window that held an ended thread ready for a new one: stop the old thread for sure and
 * drop signals left for it. */
static void thread_window_recycle(struct koito_thread_window *window)
{
    a9n_thread_suspend(koito_slot(window->thread_slot));
    a9n_notification_port_poll(koito_slot(window->exit_slot), NULL);
    a9n_notification_port_poll(koito_slot(window->wait_slot), NULL);
}

enum a9n_error koito_thread_create_with(struct koito_thread *thread,
                                        const struct koito_thread_options *options,
                                        void (*entry)(void *), void *argument)
{
    uint64_t stack_size =
        options != NULL && options->stack_size != 0 ? options->stack_size : KOITO_THREAD_STACK_SIZE;
    uint64_t user_size = options != NULL ? (options->user_size + 15) & ~(uint64_t)15 : 0;
    if (stack_size > KOITO_THREAD_STACK_SIZE_MAX ||
        (options != NULL && options->user_size > KOITO_THREAD_USER_SIZE_MAX))
        return A9N_ERROR_INVALID_ARGUMENT;
    stack_size = thread_round(stack_size);
    enum a9n_error error = thread_give_caller_wait_notification();
    if (error != A9N_OK)
        return error;

    struct koito_thread_window *window = thread_free_take(stack_size, user_size);
    if (window != NULL)
        thread_window_recycle(window);
    else if ((window = thread_window_new(stack_size, user_size, &error)) == NULL)
        return error;

    window->entry = entry;
    window->argument = argument;
    window->state = options != NULL && options->detached ? THREAD_DETACHED : THREAD_JOINABLE;
    window->user_size = user_size;
    if (user_size != 0) {
        uint64_t given = options->user_init != NULL ? options->user_size : 0;
        if (given != 0)
            memcpy(thread_user(window), options->user_init, given);
        memset((unsigned char *)thread_user(window) + given, 0, user_size - given);
    }
    koito_thread_of_user(thread_user(window), thread);
    if (user_size == 0)
        thread->user = NULL;

    a9n_descriptor_t self = koito_slot(window->thread_slot);
    struct koito_thread_control *control = koito_tls_initialize(
        (void *)(uintptr_t)window->tls, (void *)(uintptr_t)window->ipc_buffer, window->thread_slot);
    control->wait_notification = koito_slot(window->wait_slot);
    control->thread_record = window;
    /* A reused thread object has counted its earlier threads' time (it is stopped: the count
     * stays until the resume below). */
    if (a9n_thread_get_cpu_time(self, &control->cpu_time_start) != A9N_OK)
        control->cpu_time_start = 0;
    uint64_t stack_top = window->stack + window->stack_size;
    error = a9n_thread_set_tls_base(self, (uint64_t)(uintptr_t)control);
    if (error == A9N_OK)
        error = a9n_thread_write_registers(
            self, A9N_X86_64_RIP, 2, (uint64_t)(uintptr_t)thread_start, stack_top - 8, 0, 0, 0, 0);
    if (error == A9N_OK)
        error = a9n_thread_write_registers(self, A9N_X86_64_RDI, 1, (uint64_t)(uintptr_t)window, 0,
                                           0, 0, 0, 0);
    if (error == A9N_OK)
        error = a9n_thread_resume(self);
    if (error != A9N_OK)
        thread_free_push(window);
    return error;
}

enum a9n_error koito_thread_create(struct koito_thread *thread, void (*entry)(void *),
                                   void *argument)
{
    return koito_thread_create_with(thread, NULL, entry, argument);
}

enum a9n_error koito_thread_join(struct koito_thread *thread)
{
    enum a9n_error error = a9n_notification_port_wait(koito_slot(thread->notification_slot), NULL);
    if (error == A9N_OK)
        thread_free_push(thread->window);
    return error;
}

void koito_thread_detach(struct koito_thread *thread)
{
    int state = THREAD_JOINABLE;
    if (!__atomic_compare_exchange_n(&thread->window->state, &state, THREAD_DETACHED, false,
                                     __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        koito_thread_join(thread); /* it has ended: its signal is there, the wait returns */
}

void koito_thread_of_user(void *user, struct koito_thread *thread)
{
    struct koito_thread_window *window = (struct koito_thread_window *)user - 1;
    thread->thread_slot = window->thread_slot;
    thread->notification_slot = window->exit_slot;
    thread->window = window;
    thread->user = user;
}

_Noreturn void koito_thread_exit(void)
{
    struct koito_thread_window *window = thread_control()->thread_record;
    a9n_descriptor_t self =
        koito_slot(window != NULL ? window->thread_slot : (uint64_t)KOITO_SLOT_THREAD);
    if (window != NULL) {
        int state = THREAD_JOINABLE;
        if (__atomic_compare_exchange_n(&window->state, &state, THREAD_ENDED, false,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            a9n_notification_port_signal(koito_slot(window->exit_slot));
        else
            thread_free_push(window);
    }
    for (;;)
        a9n_thread_suspend(self);
}

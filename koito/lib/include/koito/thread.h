/*
 * <koito/thread.h>: threads of the program (libkoito, installed with the SDK).
 *
 * koito_thread_create makes a thread in the program's own address space and capability space with
 * a stack (a guard page below it), an IPC buffer and a TLS block of its own, so koito_ipc_buffer(),
 * errno and _Thread_local variables are right in every thread. Its faults go where the main
 * thread's go: to the program's ULMM session (a lazy page is mapped, anything else is forwarded to
 * the supervisor), or straight to the supervisor when it has none; a fault in any thread that is
 * not resolved ends the whole process. Each thread
 * lives in its own window of the thread area (<koito/process.h>, KOITO_THREAD_AREA).
 *
 * Every thread libkoito makes, and the thread that makes one, also gets a notification port for
 * blocking waits, named in its thread control block (wait_notification): KOITO-libc's futex
 * blocks on it, so its locks and condition variables sleep instead of spinning.
 *
 * A thread's window (stack, IPC buffer, TLS block) and kernel objects are kept for reuse, not
 * returned to the memory manager: after a joinable thread has been joined, or when a detached
 * thread ends, the next koito_thread_create takes them back (any window whose stack is big
 * enough), so a program that keeps starting and ending threads uses only as much as it had
 * running at once.
 */
#ifndef KOITO_THREAD_H
#define KOITO_THREAD_H

#include <a9n/a9n.h>
#include <stdbool.h>
#include <stdint.h>

#define KOITO_THREAD_STACK_SIZE     (64u * 1024u)
#define KOITO_THREAD_STACK_SIZE_MAX (64u * 1024u * 1024u)
#define KOITO_THREAD_USER_SIZE_MAX  (64u * 1024u)

struct koito_thread_window;

struct koito_thread {
    uint64_t thread_slot;       /* the thread's capability */
    uint64_t notification_slot; /* signalled when a joinable thread's entry returns */
    struct koito_thread_window *window;
    void *user; /* its user area (options.user_size bytes), NULL without one */
};

struct koito_thread_options {
    uint64_t stack_size; /* bytes of stack (rounded up to pages); 0: KOITO_THREAD_STACK_SIZE */
    bool detached;       /* nobody joins it: its window is reused as soon as it ends */
    /* Bytes of a user area in the thread's window, 16-byte aligned, initialised from user_init
     * (zeroed if NULL), which lives as long as the window is not reused: until the thread is
     * joined, or ends detached. With a user area, entry gets its address instead of argument. */
    uint64_t user_size;
    const void *user_init;
};

/*
 * Start entry(argument) in a new joinable thread with the default stack at the program's own
 * priority. Errors: those of koito_object_allocate and of the kernel's thread operations;
 * A9N_ERROR_NOT_ENOUGH_MEMORY when the thread area is used up.
 */
enum a9n_error koito_thread_create(struct koito_thread *thread, void (*entry)(void *),
                                   void *argument);

/*
 * koito_thread_create with options (NULL: the defaults). A detached thread's `thread` record is
 * filled in but must not be joined. A9N_ERROR_INVALID_ARGUMENT for a stack size over
 * KOITO_THREAD_STACK_SIZE_MAX
 * or a user area over KOITO_THREAD_USER_SIZE_MAX.
 */
enum a9n_error koito_thread_create_with(struct koito_thread *thread,
                                        const struct koito_thread_options *options,
                                        void (*entry)(void *), void *argument);

/* Wait until a joinable thread has ended (its entry function returned or it called
 * koito_thread_exit); its window is then free for reuse. Join each joinable thread once. */
enum a9n_error koito_thread_join(struct koito_thread *thread);

/*
 * Let a joinable thread's window be reused as soon as it ends, without a join; if it has already
 * ended, that is now. Do not join it afterwards.
 */
void koito_thread_detach(struct koito_thread *thread);

/* The record of the thread whose user area `user` is (what koito_thread_create_with filled in). */
void koito_thread_of_user(void *user, struct koito_thread *thread);

/*
 * End the calling thread now, as if its entry function had returned. The main thread (which
 * libkoito did not make) only stops: the process lives on until it exits.
 */
_Noreturn void koito_thread_exit(void);

#endif

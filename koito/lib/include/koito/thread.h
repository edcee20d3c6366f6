/*
 * <koito/thread.h>: threads of the program (libkoito, installed with the SDK).
 *
 * koito_thread_create makes a thread in the program's own address space and capability space with
 * a stack (a guard page below it), an IPC buffer and a TLS block of its own, so koito_ipc_buffer(),
 * errno and _Thread_local variables are right in every thread. Its faults go where the main
 * thread's go: to the program's ULMM session (a lazy page is mapped, anything else is forwarded to
 * the supervisor), or straight to the supervisor when it has none; a fault in any thread that is
 * not resolved ends the whole process. Each thread
 * lives in its own window of the thread area (<koito/process.h>, KOITO_THREAD_AREA); its memory
 * stays with the program until the program ends.
 */
#ifndef KOITO_THREAD_H
#define KOITO_THREAD_H

#include <a9n/a9n.h>
#include <stdint.h>

#define KOITO_THREAD_STACK_SIZE (64u * 1024u)

struct koito_thread {
    uint64_t thread_slot;       /* the thread's capability */
    uint64_t notification_slot; /* signalled when entry returns */
    void (*entry)(void *);
    void *argument;
};

/*
 * Start entry(argument) in a new thread at the program's own priority. Errors: those of
 * koito_object_allocate and of the kernel's thread operations; A9N_ERROR_NOT_ENOUGH_MEMORY when
 * the thread area is used up.
 */
enum a9n_error koito_thread_create(struct koito_thread *thread, void (*entry)(void *),
                                   void *argument);

/* Wait until the thread's entry function has returned. */
enum a9n_error koito_thread_join(struct koito_thread *thread);

#endif

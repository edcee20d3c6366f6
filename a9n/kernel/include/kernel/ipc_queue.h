/*
 * Wait queues of IPC ports and notification ports (portable core). A doubly
 * linked FIFO through the threads' own wait_next and wait_previous, so
 * appending and removing any thread (a cancelled or woken one, wherever it
 * stands) take constant time and no memory. A thread is on at most one
 * queue: the one of blocked_on. Forced inline: the IPC fast path runs
 * through them.
 */
#ifndef A9N_KERNEL_IPC_QUEUE_H
#define A9N_KERNEL_IPC_QUEUE_H

#include <kernel/compiler.h>
#include <kernel/thread.h>

struct ipc_queue {
    struct thread *head;
    struct thread *tail;
};

/* Append `thread` and record `object` as what it is blocked on. */
static inline KERNEL_ALWAYS_INLINE void ipc_queue_append(struct ipc_queue *queue,
                                                         struct thread *thread, void *object)
{
    thread->blocked_on = object;
    thread->wait_next = 0;
    thread->wait_previous = queue->tail;
    if (queue->tail)
        queue->tail->wait_next = thread;
    else
        queue->head = thread;
    queue->tail = thread;
}

/* Unlink `thread`, which is on `queue`. */
static inline KERNEL_ALWAYS_INLINE void ipc_queue_remove(struct ipc_queue *queue,
                                                         struct thread *thread)
{
    if (thread->wait_previous)
        thread->wait_previous->wait_next = thread->wait_next;
    else
        queue->head = thread->wait_next;
    if (thread->wait_next)
        thread->wait_next->wait_previous = thread->wait_previous;
    else
        queue->tail = thread->wait_previous;
    thread->wait_next = 0;
    thread->wait_previous = 0;
    thread->blocked_on = 0;
}

/* Unlink and return the first thread of a queue that is not empty. */
static inline KERNEL_ALWAYS_INLINE struct thread *ipc_queue_take(struct ipc_queue *queue)
{
    struct thread *first = queue->head;
    struct thread *next = first->wait_next;
    queue->head = next;
    if (next)
        next->wait_previous = 0;
    else
        queue->tail = 0;
    first->wait_next = 0;
    first->blocked_on = 0;
    return first;
}

#endif

/*
 * Wait queues of IPC ports and notification ports (portable core); see
 * include/kernel/ipc.h. A doubly linked FIFO through the threads' own
 * wait_next and wait_previous, so appending and removing any thread (a
 * cancelled or woken one, wherever it stands) take constant time and no
 * memory. A thread is on at most one queue: the one of blocked_on.
 */
#include <kernel/ipc.h>

void ipc_queue_append(struct ipc_queue *queue, struct thread *thread, void *object)
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

void ipc_queue_remove(struct ipc_queue *queue, struct thread *thread)
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

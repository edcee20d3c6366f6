/*
 * Threads (portable core); see include/kernel/thread.h.
 */
#include <kernel/sched.h>
#include <kernel/thread.h>

void thread_init(struct thread *thread, const char *name, uint64_t vspace_root, uint64_t entry,
                 uint64_t stack, uint64_t argument0, uint64_t argument1, uint64_t argument2)
{
    hal_context_init(&thread->context, entry, stack, argument0, argument1, argument2);
    thread->cspace_root = (struct slot){0};
    thread->state = THREAD_INACTIVE;
    thread->next_runnable = 0;
    thread->vspace_root = vspace_root;
    thread->io_ports = false;
    thread->name = name;
}

void thread_stop(struct thread *thread)
{
    if (thread->state == THREAD_RUNNABLE)
        sched_remove(thread);
    thread->state = THREAD_STOPPED;
    hal_context_release(&thread->context);
}

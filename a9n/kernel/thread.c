/*
 * Threads (portable core); see include/kernel/thread.h. The operations on
 * process-control capabilities are in process_control.c.
 */
#include <a9n/a9n.h>
#include <kernel/ipc.h>
#include <kernel/memory.h>
#include <kernel/sched.h>
#include <kernel/thread.h>

void thread_init(struct thread *thread, const char *name)
{
    thread->header.type = A9N_OBJECT_PROCESS_CONTROL;
    thread->state = THREAD_INACTIVE;
    thread->name = name;
    hal_context_init(&thread->context, 0, 0, 0, 0, 0);
}

void thread_set_entry(struct thread *thread, uint64_t entry, uint64_t stack, uint64_t argument0,
                      uint64_t argument1, uint64_t argument2)
{
    hal_context_init(&thread->context, entry, stack, argument0, argument1, argument2);
}

uint64_t thread_vspace_root(const struct thread *thread)
{
    if (thread->vspace_root.capability.type != A9N_OBJECT_ADDRESS_SPACE)
        return 0;
    return address_space_root(&thread->vspace_root.capability);
}

void thread_stop(struct thread *thread)
{
    ipc_cancel(thread);
    sched_block(thread, THREAD_STOPPED);
}

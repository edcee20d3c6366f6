/*
 * The scheduler (portable core); see include/kernel/sched.h.
 *
 * The run queue is a singly linked FIFO of RUNNABLE threads; the running
 * thread stays at its head until it yields, is preempted or stops. The
 * kernel runs with interrupts off, so nothing can make a thread runnable
 * while none is: when the queue is empty every thread has stopped, and the
 * kernel halts.
 */
#include <hal/hal.h>
#include <kernel/entry.h>
#include <kernel/panic.h>
#include <kernel/sched.h>

static struct thread *queue_head;
static struct thread *queue_tail;
static struct thread *current;
static uint64_t ticks;

struct thread *sched_current(void)
{
    return current;
}

uint64_t sched_ticks(void)
{
    return ticks;
}

void sched_make_runnable(struct thread *thread)
{
    thread->state = THREAD_RUNNABLE;
    thread->next_runnable = 0;
    if (queue_tail)
        queue_tail->next_runnable = thread;
    else
        queue_head = thread;
    queue_tail = thread;
}

void sched_remove(struct thread *thread)
{
    struct thread *previous = 0;
    for (struct thread *t = queue_head; t; previous = t, t = t->next_runnable) {
        if (t != thread)
            continue;
        if (previous)
            previous->next_runnable = t->next_runnable;
        else
            queue_head = t->next_runnable;
        if (queue_tail == t)
            queue_tail = previous;
        t->next_runnable = 0;
        return;
    }
}

_Noreturn void sched_run(void)
{
    current = queue_head;
    if (!current)
        kernel_halt();
    hal_return_to_user(&current->context, current->vspace_root, current->io_ports);
}

_Noreturn void sched_yield(void)
{
    if (current && current->state == THREAD_RUNNABLE && queue_head == current) {
        sched_remove(current);
        sched_make_runnable(current);
    }
    sched_run();
}

_Noreturn void kernel_handle_preemption(void)
{
    ticks++;
    sched_yield();
}

_Noreturn void kernel_resume_current(void)
{
    sched_run();
}

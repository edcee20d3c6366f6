/*
 * The scheduler (portable core); see include/kernel/sched.h.
 *
 * One circular doubly linked run queue per priority and a bitmap of the
 * non-empty ones: picking the next thread is a find-last-set over four
 * words. The running thread stays at the head of its queue until it blocks,
 * yields or uses up its timeslice, which moves it to the tail.
 *
 * With nothing runnable the kernel idles with interrupts on, since an
 * interrupt may wake a thread; but when no thread is blocked either, nothing
 * could ever run again, and the kernel halts.
 *
 * Every exit to user mode runs the highest-priority runnable thread, so while
 * a thread makes a kernel call no runnable thread has a higher priority than
 * it: the direct switch of the IPC fast path rests on that.
 */
#include <hal/hal.h>
#include <kernel/compiler.h>
#include <kernel/cpu_time.h>
#include <kernel/entry.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <kernel/sched.h>

#define BITMAP_WORDS (SCHED_PRIORITIES / 64)

static struct thread *queues[SCHED_PRIORITIES];
static uint64_t ready[BITMAP_WORDS];
static struct thread *current;
static uint64_t blocked_threads;
static uint64_t ticks;

static KERNEL_ALWAYS_INLINE bool is_blocked(enum thread_state state)
{
    return state >= THREAD_BLOCKED_SEND && state <= THREAD_BLOCKED_NOTIFICATION;
}

/* Every state change but sched_hand_over's trade of one blocked thread
 * for another goes through here, to keep the count of blocked threads. */
static KERNEL_ALWAYS_INLINE void set_state(struct thread *thread, enum thread_state state)
{
    blocked_threads -= is_blocked(thread->state);
    blocked_threads += is_blocked(state);
    thread->state = state;
}

struct thread *sched_current(void)
{
    return current;
}

uint64_t sched_ticks(void)
{
    return ticks;
}

static KERNEL_ALWAYS_INLINE void enqueue(struct thread *thread)
{
    struct thread **head = &queues[thread->priority];
    if (*head) {
        struct thread *tail = (*head)->run_previous;
        thread->run_next = *head;
        thread->run_previous = tail;
        tail->run_next = thread;
        (*head)->run_previous = thread;
    } else {
        thread->run_next = thread;
        thread->run_previous = thread;
        *head = thread;
        ready[thread->priority / 64] |= UINT64_C(1) << (thread->priority % 64);
    }
}

static KERNEL_ALWAYS_INLINE void dequeue(struct thread *thread)
{
    struct thread **head = &queues[thread->priority];
    if (thread->run_next == thread) {
        *head = 0;
        ready[thread->priority / 64] &= ~(UINT64_C(1) << (thread->priority % 64));
    } else {
        thread->run_previous->run_next = thread->run_next;
        thread->run_next->run_previous = thread->run_previous;
        if (*head == thread)
            *head = thread->run_next;
    }
    thread->run_next = 0;
    thread->run_previous = 0;
}

/* This and the next are forced inline: sched_hand_over runs them. */
KERNEL_ALWAYS_INLINE void sched_make_runnable(struct thread *thread)
{
    if (thread->state == THREAD_RUNNABLE)
        return;
    set_state(thread, THREAD_RUNNABLE);
    thread->timeslice_left = SCHED_TIMESLICE_TICKS;
    enqueue(thread);
}

KERNEL_ALWAYS_INLINE void sched_block(struct thread *thread, enum thread_state state)
{
    if (thread->state == THREAD_RUNNABLE)
        dequeue(thread);
    set_state(thread, state);
}

void sched_forget(struct thread *thread)
{
    if (thread != current)
        return;
    cpu_time_charge(current);
    current = 0;
}

void sched_set_priority(struct thread *thread, uint8_t priority)
{
    bool queued = thread->state == THREAD_RUNNABLE;
    if (queued)
        dequeue(thread);
    thread->priority = priority;
    if (queued)
        enqueue(thread);
}

static struct thread *highest_runnable(void)
{
    for (unsigned word = BITMAP_WORDS; word-- > 0;) {
        if (ready[word])
            return queues[word * 64 + 63 - (unsigned)__builtin_clzll(ready[word])];
    }
    return 0;
}

_Noreturn void sched_run(void)
{
    struct thread *charged = current;
    for (;;) {
        current = highest_runnable();
        /* Only a switch charges: a thread that goes on running keeps accruing the time since
         * the last charge, which reading its clock adds, so a kernel call that returns to its
         * caller pays one comparison. */
        if (current != charged) {
            cpu_time_charge(charged);
            charged = current;
        }
        if (!current)
            break;
        uint64_t vspace = thread_vspace_root(current);
        if (vspace)
            hal_return_to_user(&current->context, vspace);
        /* Its address space was deleted under it: it cannot run. */
        kprintf("a9n: thread '%s' has no address space; stopped\n", current->name);
        thread_stop(current);
    }
    if (blocked_threads == 0)
        kernel_halt();
    hal_idle();
}

/* Return to the current thread, which stays the one to run: straight back
 * unless its address space is gone, which sched_run() deals with. */
static _Noreturn void sched_return_to_current(void)
{
    uint64_t vspace = thread_vspace_root(current);
    if (vspace)
        hal_return_to_user(&current->context, vspace);
    sched_run();
}

KERNEL_ALWAYS_INLINE bool sched_hand_over(struct thread *from, enum thread_state state,
                                          struct thread *to)
{
    /* Client and server of one priority: the common case, laid out first. */
    if (KERNEL_LIKELY(to->priority == from->priority)) {
        if (KERNEL_UNLIKELY(from->run_next != from))
            return false;
        /* `from` is alone in its queue: `to` takes its place (the links of a
         * thread off the queues are never read). One blocked thread
         * replaces another, so the count of blocked threads stays. */
        queues[to->priority] = to;
        to->run_next = to;
        to->run_previous = to;
        from->state = state;
        to->state = THREAD_RUNNABLE;
        to->timeslice_left = SCHED_TIMESLICE_TICKS;
    } else {
        if (KERNEL_UNLIKELY(to->priority < from->priority || queues[to->priority]))
            return false;
        sched_block(from, state);
        sched_make_runnable(to);
    }
    current = to;
    return true;
}

KERNEL_ALWAYS_INLINE _Noreturn void sched_yield_current(void)
{
    if (current && current->state == THREAD_RUNNABLE) {
        current->timeslice_left = SCHED_TIMESLICE_TICKS;
        /* Alone at its priority, and none higher: it simply goes on. */
        if (current->run_next == current)
            sched_return_to_current();
        dequeue(current);
        enqueue(current);
    }
    sched_run();
}

_Noreturn void kernel_handle_preemption(void)
{
    ticks++;
    cpu_time_charge(current);
    if (current && current->state == THREAD_RUNNABLE && --current->timeslice_left == 0)
        sched_yield_current();
    sched_run();
}

_Noreturn void kernel_handle_timer(void)
{
    ticks++;
    sched_run();
}

_Noreturn void kernel_resume_current(void)
{
    sched_run();
}

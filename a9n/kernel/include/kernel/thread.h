/*
 * Threads, the thread objects (portable core).
 *
 * A thread is converted from generic memory (the root server's, built at
 * boot, is kernel static data). Its capability-space root, address space and
 * fault resolver are held as capabilities in slots of the thread itself,
 * derived from the ones configure was given: revoking those originals takes
 * them away from the thread too.
 *
 * Field groups and who may touch them:
 *   scheduling   sched.c (cpu_cycles: cpu_time.c)
 *   IPC          ipc_port.c, notification.c (a blocked thread sits on exactly
 *                one queue: the one of the object in blocked_on)
 *   kernel calls capability_call.c, generic.c (calls stopped midway)
 *   configuration, registers, life cycle   thread.c
 */
#ifndef A9N_KERNEL_THREAD_H
#define A9N_KERNEL_THREAD_H

#include <a9n/a9n.h>
#include <hal/context.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

enum thread_state {
    THREAD_INACTIVE,             /* never resumed, or suspended */
    THREAD_RUNNABLE,             /* on the run queue (running, if current) */
    THREAD_BLOCKED_SEND,         /* queued on an IPC port to send (or call) */
    THREAD_BLOCKED_RECEIVE,      /* queued on an IPC port to receive */
    THREAD_BLOCKED_REPLY,        /* its call was received; waits for the reply */
    THREAD_BLOCKED_NOTIFICATION, /* queued on a notification port to wait */
    THREAD_STOPPED,              /* faulted without a resolver; suspend and resume restart it */
};

struct notification;
struct node;

/* How far a conversion this thread made checked that its destination slots
 * [index, index + count) of `node` are empty, if it stopped at a preemption
 * point before it was done (generic.c); node is NULL otherwise. */
struct conversion_check {
    const struct node *node;
    uint64_t index;
    uint64_t count;
    uint64_t checked;
};

struct thread {
    struct hal_context context; /* first: the HAL saves user state into it */
    struct object_header header;

    /* Scheduling (sched.c): */
    enum thread_state state;
    uint8_t priority;
    uint8_t max_controlled_priority;
    uint32_t timeslice_left; /* ticks */
    struct thread *run_next;
    struct thread *run_previous;
    uint64_t cpu_cycles; /* processor time it ran (charged by cpu_time.c) */

    /* IPC (ipc_port.c, notification.c): */
    void *blocked_on;         /* the port whose queue holds this thread */
    struct thread *wait_next; /* that queue's links */
    struct thread *wait_previous;
    uint64_t ipc_operation;    /* operation word of the blocked send or call (length, flags) */
    uint64_t ipc_badge;        /* badge of the capability the blocked send or call used */
    bool ipc_can_grant;        /* that capability had GRANT */
    bool ipc_is_call;          /* the blocked send is a call: the receiver may reply */
    bool ipc_is_fault;         /* the blocked call is a fault message in fault_message */
    struct thread *reply_to;   /* caller this thread may reply to (its call was received) */
    struct thread *reply_from; /* thread whose reply this one waits for */
    struct notification *bound_notification;
    uint64_t fault_message[8]; /* fault message while ipc_is_fault */
    uint8_t fault_length;

    /* Kernel calls (capability_call.c): a call that is done but whose dead
     * objects are not all destroyed yet reports this result once they are.
     * A conversion stopped while checking its slots goes on from here. */
    bool call_continues;
    uint64_t continued_result;
    struct conversion_check conversion_check;

    /* Configuration (thread.c): */
    struct slot cspace_root; /* node capability: the root of its capability space */
    struct slot vspace_root; /* address-space capability */
    struct slot resolver;    /* IPC port capability that receives its faults, or empty */
    uint64_t ipc_buffer;     /* user address of its IPC buffer, 0 if none */
    const char *name;
};

#define THREAD_OBJECT_SIZE 4096u
_Static_assert(sizeof(struct thread) <= THREAD_OBJECT_SIZE, "a thread fits its object");
/* Objects are aligned to their size, so the context's extended-state area
 * at the start of the object gets the 64-byte alignment XSAVE needs. */
_Static_assert(__builtin_offsetof(struct thread, context) == 0 && THREAD_OBJECT_SIZE % 64 == 0,
               "thread context 64-byte aligned");

/* Prepare `thread` (zeroed memory) as an inactive thread of priority 0. */
void thread_init(struct thread *thread, const char *name);

/* Set the registers the thread starts with (see hal_context_init). */
void thread_set_entry(struct thread *thread, uint64_t entry, uint64_t stack, uint64_t argument0,
                      uint64_t argument1, uint64_t argument2);

/* Physical address of the thread's address-space root, or 0 if it has none. */
uint64_t thread_vspace_root(const struct thread *thread);

/* Stop `thread`: it leaves every queue and does not run until resumed. */
void thread_stop(struct thread *thread);

/* Make a thread in zeroed memory; returns its full-rights capability. */
struct capability thread_create(void *memory);

/* Destroy a thread whose last capability went away. */
void thread_destroy(struct object_header *header);

/* Run thread operation `operation` on the thread in `target`. */
enum a9n_error thread_invoke(struct thread *caller, struct slot *target, uint64_t operation,
                             const uint64_t *arguments, uint64_t *results);

/* The object behind a thread capability. */
static inline struct thread *thread_of(const struct capability *capability)
{
    return (struct thread *)(uintptr_t)capability->object;
}

#endif

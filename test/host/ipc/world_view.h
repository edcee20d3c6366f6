/*
 * Views of the fake IPC world (fake_kernel.h): everything a kernel
 * operation can change that user code, or a later operation, can see: each
 * thread's registers, state and IPC links, each port's queue, each
 * notification's word, waiters and binding, the root slots' capabilities and
 * the IPC buffers. A test compares the fast path with the general path, or a
 * world before and after a refused call, by comparing views (memcmp).
 *
 * Pointers are kept as indices (threads by number, ports and notifications
 * by the root slot they were made in), so views of two fresh worlds compare
 * and print readably.
 *
 * Layer: host tests only. Not instrumented for coverage in the fuzzer
 * (fuzz_ignorelist.txt): it is scaffolding, not code under test.
 */
#ifndef KOITO_TEST_IPC_WORLD_VIEW_H
#define KOITO_TEST_IPC_WORLD_VIEW_H

#include "fake_kernel.h"

/* A thread. Views are zeroed first, so padding compares too. */
struct thread_view {
    enum thread_state state;
    uint64_t rax, rdi, rsi, words[A9N_MESSAGE_REGISTERS];
    int blocked_on;         /* object slot, or -1 */
    int reply_to;           /* thread, or -1 */
    int reply_from;         /* thread, or -1 */
    int bound_notification; /* object slot, or -1 */
    bool ipc_is_fault;      /* decides a reply: see view_threads */
    /* The message of a blocked sender, taken when a receiver comes; zero in
     * any other state. */
    bool ipc_is_call, ipc_can_grant;
    uint64_t ipc_operation, ipc_badge;
};

/* A port or notification, by the slot it was made in. */
struct object_view {
    uint64_t word;            /* notification only */
    int type;                 /* 0: no object made there */
    int bound_thread;         /* notification only; -1 if none */
    int queue[WORLD_THREADS]; /* port queue or notification waiters, in order; -1 past the end */
};

/* A root slot's capability; the object as the slot it was made in. */
struct slot_view {
    uint64_t data;
    int type, rights, object;
};

struct world_view {
    struct thread_view threads[WORLD_THREADS];
    struct object_view objects[WORLD_SLOTS];
    struct slot_view slots[WORLD_SLOTS];
    uint64_t buffers[WORLD_THREADS][WORLD_BUFFER_WORDS];
};

void view_threads(struct thread_view views[WORLD_THREADS]);
void view_world(struct world_view *view);

/* Print to stderr, under the names `side0` and `side1`, both sides of every
 * part in which two views differ. */
void view_print_differences(const char *side0, const struct world_view *view0, const char *side1,
                            const struct world_view *view1);

#endif

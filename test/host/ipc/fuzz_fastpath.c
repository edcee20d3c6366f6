/*
 * libFuzzer target: the IPC fast path (a9n/kernel/fastpath.c) against the
 * general path (the capability-call dispatch, ipc_port.c, ipc_transfer.c,
 * notification.c), differentially, on the fake world of fake_kernel.h.
 *
 * The input gives the threads' priorities (varied, so that sched_hand_over
 * both accepts and refuses partners), then a sequence of steps. Each is
 * taken by a thread that can run: a capability call (call, reply-receive,
 * receive, send, reply, the non-blocking forms, a notification's signal,
 * wait or poll) on one of the world's slots or on a descriptor naming none,
 * with a length of 0..10, sometimes flags, and message words; or an event
 * outside the calls (a fault, a bind or unbind, an interrupt's signal, a
 * thread's IPC buffer or address space taken away or given back, user code
 * writing its IPC buffer). When no thread can run, an interrupt's signal
 * is the step; the sequence ends if it wakes nobody.
 *
 * The sequence runs twice from a fresh world: first on the general path
 * only, recording the world's view (world_view.h) after every step; then
 * offering every capability call to the fast path first and running the
 * general path only when it refuses, as kernel_handle_call does. After each
 * step the views must be equal, and a refused offer must have left the world
 * exactly as it was; the first difference aborts, printing the steps so far
 * and both sides of what differs.
 *
 * A sequence that never takes the fast path proves nothing: a short seeded
 * run at start-up must see it taken, both with a direct switch and through
 * sched_run() (a partner of lower priority), or the target aborts. Counts
 * are printed at exit.
 *
 * Deterministic for a given input, at most FUZZ_MAX_STEPS steps.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "world_view.h"

#include <inttypes.h>
#include <kernel/derivation.h>
#include <kernel/lookup.h>
#include <kernel/operation_table.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_STEPS    64u
#define FUZZ_MAX_LENGTH   10u /* two words past the registers, through the IPC buffers */
#define FUZZ_SMOKE_INPUTS 256u
#define FUZZ_SMOKE_BYTES  256u
#define COUNT(array)      (sizeof(array) / sizeof((array)[0]))

/* The world's root slots: one port through capabilities of several rights
 * and badges, a second port, a notification, and empty slots, which
 * received capabilities fill. */
enum {
    PORT = 1,
    PORT_BADGED,
    PORT_READ,
    PORT_WRITE,
    PORT_GRANT,
    OTHER_PORT,
    OTHER_PORT_BADGED,
    NOTIFICATION,
    NOTIFICATION_BADGED,
    FIRST_EMPTY,
};

/* What a step may do: the capability calls first, then the events. */
static const uint64_t operations[] = {
    A9N_IPC_PORT_CALL,          A9N_IPC_PORT_CALL,
    A9N_IPC_PORT_CALL,          A9N_IPC_PORT_REPLY_RECEIVE,
    A9N_IPC_PORT_REPLY_RECEIVE, A9N_IPC_PORT_REPLY_RECEIVE,
    A9N_IPC_PORT_RECEIVE,       A9N_IPC_PORT_RECEIVE_NONBLOCKING,
    A9N_IPC_PORT_SEND,          A9N_IPC_PORT_SEND_NONBLOCKING,
    A9N_IPC_PORT_REPLY,         A9N_NOTIFICATION_PORT_SIGNAL,
    A9N_NOTIFICATION_PORT_WAIT, A9N_NOTIFICATION_PORT_POLL,
};
enum event {
    EVENT_FAULT,
    EVENT_BIND,
    EVENT_INTERRUPT,
    EVENT_CONFIGURE,
    EVENT_WRITE_BUFFER,
    EVENT_KINDS,
    EVENT_NONE = EVENT_KINDS, /* a capability call */
};
static const char *const event_names[] = {"faults", "binds or unbinds", "interrupt signals",
                                          "reconfigured", "writes its IPC buffer"};

/* What each step did in the run being checked, to print on a failure. */
struct note {
    int thread; /* -1: none */
    enum event event;
    a9n_descriptor_t descriptor;
    uint64_t operation;
    bool fast; /* the fast path took it */
};

static struct {
    const uint8_t *at, *end;
    bool fast;      /* offer calls to the fast path first */
    unsigned step;  /* steps done */
    unsigned noted; /* steps begun: notes[0 .. noted) hold them */
    struct note notes[FUZZ_MAX_STEPS];
    uint64_t spaces[WORLD_THREADS]; /* address spaces, to give back after taking them away */
    struct world_view recorded[FUZZ_MAX_STEPS + 1]; /* the general path's views */
    unsigned recorded_steps;
    struct world_view now, before;
} fuzz;

static struct {
    uint64_t inputs, steps, hits, scheduled, refused;
} stats;

/* The next input byte; 0 once the input is used up. */
static uint8_t take(void)
{
    return fuzz.at < fuzz.end ? *fuzz.at++ : 0;
}

/* Reporting. */

static void print_note(unsigned step, const struct note *note)
{
    fprintf(stderr, "  step %u: thread %d ", step, note->thread);
    if (note->event != EVENT_NONE) {
        fprintf(stderr, "%s\n", event_names[note->event]);
        return;
    }
    uint64_t number = note->operation & 0xffff;
    const struct operation_info *info = operation_table_find(number >> 8, number & 0xff);
    fprintf(stderr, "%s length %" PRIu64 " flags %#" PRIx64 " on ", info->name,
            A9N_MESSAGE_LENGTH(note->operation), note->operation >> 32 << 32);
    a9n_descriptor_t slot = note->descriptor ^ world_descriptor(0);
    if (slot < WORLD_SLOTS)
        fprintf(stderr, "slot %" PRIu64, slot);
    else
        fprintf(stderr, "descriptor %#" PRIx64, note->descriptor);
    fprintf(stderr, "%s\n", note->fast ? ": fast path" : "");
}

/* Abort if the views differ, with `what`, the steps so far and the differences. */
static void compare(const char *what, const char *side0, const struct world_view *view0,
                    const char *side1, const struct world_view *view1)
{
    if (memcmp(view0, view1, sizeof(*view0)) == 0)
        return;
    fprintf(stderr, "kernel_ipc_fastpath_fuzzer: %s\n", what);
    for (unsigned s = 0; s < fuzz.noted; s++)
        print_note(s, &fuzz.notes[s]);
    view_print_differences(side0, view0, side1, view1);
    abort();
}

/* The world. */

static void world_build(void)
{
    world_init();
    world_new_port(PORT);
    world_mint(PORT_BADGED, PORT, A9N_RIGHTS_ALL, 0x5a);
    world_mint(PORT_READ, PORT, A9N_RIGHT_READ, 0);
    world_mint(PORT_WRITE, PORT, A9N_RIGHT_WRITE, 0x3c);
    world_mint(PORT_GRANT, PORT, A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, 0x77);
    world_new_port(OTHER_PORT);
    world_mint(OTHER_PORT_BADGED, OTHER_PORT, A9N_RIGHT_READ | A9N_RIGHT_WRITE, 0xb0);
    world_new_notification(NOTIFICATION);
    world_mint(NOTIFICATION_BADGED, NOTIFICATION, A9N_RIGHT_WRITE, 0x4);
    for (unsigned i = 0; i < WORLD_THREADS; i++) {
        world_thread(i)->priority = take() % 3;
        fuzz.spaces[i] = world_thread(i)->vspace_root.capability.object;
    }
}

static void world_teardown(void)
{
    for (unsigned i = 0; i < WORLD_THREADS; i++) {
        if (!slot_is_empty(&world_thread(i)->resolver))
            derivation_delete(&world_thread(i)->resolver);
    }
    world_fini();
}

static struct notification *fuzz_notification(void)
{
    return notification_of(&world_slot(NOTIFICATION)->capability);
}

/* The runnable thread `choice` picks, modulo their number; -1 if none. */
static int pick_runnable(unsigned choice)
{
    unsigned runnable[WORLD_THREADS], count = 0;
    for (unsigned i = 0; i < WORLD_THREADS; i++) {
        if (world_thread(i)->state == THREAD_RUNNABLE)
            runnable[count++] = i;
    }
    return count ? (int)runnable[choice % count] : -1;
}

/* Mostly a slot, weighted towards the first port, whose capabilities of
 * different rights let one thread call while another receives; sometimes a
 * descriptor that names no port: malformed, the root node itself, a depth
 * ending inside the root's index, a path through a port as if a node. */
static a9n_descriptor_t pick_descriptor(void)
{
    static const unsigned slots[] = {
        PORT,         PORT,
        PORT,         PORT,
        PORT_BADGED,  PORT_BADGED,
        PORT_BADGED,  PORT_READ,
        PORT_WRITE,   PORT_GRANT,
        OTHER_PORT,   OTHER_PORT_BADGED,
        NOTIFICATION, NOTIFICATION_BADGED,
        FIRST_EMPTY,  FIRST_EMPTY + 1,
    };
    static const a9n_descriptor_t bad[] = {
        A9N_DESCRIPTOR_INVALID,
        A9N_DESCRIPTOR_ROOT,
        A9N_DESCRIPTOR(PORT, WORLD_RADIX - 1),
        A9N_DESCRIPTOR(PORT << 1, WORLD_RADIX + 1),
    };
    uint8_t choice = take();
    if (choice >= 240)
        return bad[choice % COUNT(bad)];
    return world_descriptor(slots[choice % COUNT(slots)]);
}

/* The operation word, from one byte: a length (0..10) and, about one time in four,
 * the capability flag or raw bits 32..39 from the next byte (the kernel's
 * own flags and unknown ones). A notification operation carries such a
 * length and flags only with the raw bits: the dispatch refuses it then. */
static uint64_t pick_operation(uint64_t number)
{
    uint8_t shape = take();
    unsigned length = shape % (FUZZ_MAX_LENGTH + 1), kind = shape / (FUZZ_MAX_LENGTH + 1);
    uint64_t flags = kind < 18 ? 0 : kind < 22 ? A9N_MESSAGE_CAPABILITY : (uint64_t)take() << 32;
    bool message = number >> 8 == A9N_OBJECT_IPC_PORT;
    if (!message && kind < 22)
        return number;
    return number | A9N_MESSAGE_INFO(length, flags);
}

/* Calls. */

/* Offer the loaded call to the fast path; a refusal must change nothing. */
static bool offer(unsigned thread)
{
    uint64_t hits = fastpath_hits();
    unsigned scheduled = world_scheduled();
    view_world(&fuzz.before);
    if (world_offer_fastpath(thread)) {
        if (fastpath_hits() != hits + 1)
            abort();
        stats.hits++;
        stats.scheduled += world_scheduled() != scheduled;
        return true;
    }
    view_world(&fuzz.now);
    compare("the fast path refused a call but changed the world", "before", &fuzz.before, "after",
            &fuzz.now);
    if (fastpath_hits() != hits)
        abort();
    return false;
}

/* Message words say which step and thread sent them. */
static void step_call(unsigned index, uint64_t number, struct note *note)
{
    uint64_t words[A9N_MESSAGE_REGISTERS];
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++)
        words[i] = (uint64_t)(fuzz.step + 1) << 32 | index << 8 | i;
    note->descriptor = pick_descriptor();
    note->operation = pick_operation(number);
    world_load(index, note->descriptor, note->operation, words);
    if (fuzz.fast && offer(index)) {
        note->fast = true;
        return;
    }
    world_capability_call(index);
    if (fuzz.fast && (number == A9N_IPC_PORT_CALL || number == A9N_IPC_PORT_REPLY_RECEIVE))
        stats.refused++;
}

/* Events. */

/* The thread faults, as fault.c delivers it: its fault message goes to its
 * resolver, a copy of the slot the input names. Without a port with WRITE
 * there, the kernel would stop the thread; that is not modelled, so the
 * step then does nothing. */
static void event_fault(unsigned index)
{
    struct thread *thread = world_thread(index);
    struct lookup_result found;
    a9n_descriptor_t descriptor = pick_descriptor();
    if (!slot_is_empty(&thread->resolver))
        derivation_delete(&thread->resolver);
    if (lookup_slot(&thread->cspace_root, descriptor, false, &found) == A9N_OK &&
        !slot_is_empty(found.slot))
        derivation_copy(&thread->resolver, found.slot, A9N_RIGHTS_ALL);
    /* Past A9N_MESSAGE_REGISTERS: the kernel clamps it. */
    thread->fault_length = take() % (A9N_MESSAGE_REGISTERS + 3);
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++)
        thread->fault_message[i] = 0xfa000000u | (uint64_t)fuzz.step << 8 | i;
    ipc_port_send_fault(thread);
}

/* Bind the notification to the thread, or unbind the thread's. */
static void event_bind(unsigned index)
{
    struct thread *thread = world_thread(index);
    if (thread->bound_notification)
        notification_unbind(thread);
    else
        notification_bind(fuzz_notification(), thread);
}

/* Take the thread's IPC buffer (`buffer`) or address space away, or give it back. */
static void event_configure(unsigned index, bool buffer)
{
    struct thread *thread = world_thread(index);
    if (buffer) {
        thread->ipc_buffer = thread->ipc_buffer ? 0 : WORLD_IPC_BUFFER;
        return;
    }
    uint64_t *space = &thread->vspace_root.capability.object;
    *space = *space ? 0 : fuzz.spaces[index];
}

/* User code fills the buffer words a message may use: those past the
 * registers, and the capability to send and the slot to receive one into. */
static void event_write_buffer(unsigned index)
{
    uint64_t *buffer = world_buffer(index);
    for (unsigned i = A9N_MESSAGE_REGISTERS; i < FUZZ_MAX_LENGTH; i++)
        buffer[i] = 0xb0000000u | (uint64_t)fuzz.step << 16 | index << 8 | i;
    buffer[A9N_IPC_BUFFER_TRANSFER] = pick_descriptor();
    buffer[A9N_IPC_BUFFER_RECEIVE] = pick_descriptor();
}

static void event_interrupt(void)
{
    notification_signal(fuzz_notification(), take() & 0xf);
}

/* `who` picks the thread for events that need not run: any of them. */
static void run_event(enum event event, unsigned runnable, unsigned who)
{
    switch (event) {
    case EVENT_FAULT:
        event_fault(runnable);
        break;
    case EVENT_BIND:
        event_bind(who % WORLD_THREADS);
        break;
    case EVENT_INTERRUPT:
        event_interrupt();
        break;
    case EVENT_CONFIGURE:
        event_configure(who % WORLD_THREADS, who / WORLD_THREADS % 2);
        break;
    default:
        event_write_buffer(runnable);
        break;
    }
}

/* One step, its kind and thread from one byte; false if no thread can run
 * any more. */
static bool run_step(struct note *note)
{
    uint8_t choice = take();
    unsigned kind = choice % (COUNT(operations) + EVENT_KINDS);
    unsigned who = choice / (COUNT(operations) + EVENT_KINDS);
    int thread = pick_runnable(who);
    *note = (struct note){.thread = thread, .event = EVENT_INTERRUPT};
    fuzz.noted++;
    if (thread < 0) {
        event_interrupt();
        return pick_runnable(0) >= 0;
    }
    if (kind >= COUNT(operations)) {
        note->event = (enum event)(kind - COUNT(operations));
        run_event(note->event, (unsigned)thread, who);
        return true;
    }
    /* A server that owes a reply mostly gives it, and waits for the next call. */
    uint64_t number = operations[kind];
    if (world_thread((unsigned)thread)->reply_to && kind % 2)
        number = A9N_IPC_PORT_REPLY_RECEIVE;
    note->event = EVENT_NONE;
    step_call((unsigned)thread, number, note);
    return true;
}

/* Record the general path's view after the step, or compare with it. */
static void observe(void)
{
    struct world_view *general = &fuzz.recorded[fuzz.step];
    if (!fuzz.fast) {
        view_world(general);
        return;
    }
    if (fuzz.step > fuzz.recorded_steps)
        abort();
    view_world(&fuzz.now);
    compare("the fast path run differs from the general path run", "fast", &fuzz.now, "general",
            general);
}

static void run(const uint8_t *data, size_t size, bool fast)
{
    fuzz.at = data;
    fuzz.end = data + size;
    fuzz.fast = fast;
    fuzz.step = 0;
    fuzz.noted = 0;
    world_build();
    observe();
    bool going = true;
    while (going && fuzz.step < FUZZ_MAX_STEPS && fuzz.at < fuzz.end) {
        going = run_step(&fuzz.notes[fuzz.step]);
        fuzz.step++;
        observe();
    }
    if (!fast)
        fuzz.recorded_steps = fuzz.step;
    else if (fuzz.step != fuzz.recorded_steps)
        abort();
    stats.steps += fast ? fuzz.step : 0;
    world_teardown();
}

static void fuzz_one(const uint8_t *data, size_t size)
{
    run(data, size, false);
    run(data, size, true);
    stats.inputs++;
}

static void print_stats(const char *label)
{
    fprintf(stderr,
            "kernel_ipc_fastpath_fuzzer %s: %" PRIu64 " inputs, %" PRIu64 " steps; fast path "
            "taken %" PRIu64 " times (%.2f per input), %" PRIu64 " of them through sched_run(); "
            "%" PRIu64 " calls and reply-receives refused\n",
            label, stats.inputs, stats.steps, stats.hits,
            stats.inputs ? (double)stats.hits / (double)stats.inputs : 0.0, stats.scheduled,
            stats.refused);
}

static void print_final_stats(void)
{
    print_stats("totals");
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The seeded smoke run: fixed pseudo-random inputs (xorshift64). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    static uint8_t data[FUZZ_SMOKE_BYTES];
    uint64_t state = 0x9e3779b97f4a7c15u;
    for (unsigned n = 0; n < FUZZ_SMOKE_INPUTS; n++) {
        for (unsigned i = 0; i < FUZZ_SMOKE_BYTES; i++) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            data[i] = (uint8_t)(state >> 56);
        }
        fuzz_one(data, sizeof(data));
    }
    print_stats("smoke run");
    if (!stats.hits || !stats.scheduled || stats.scheduled == stats.hits) {
        fprintf(stderr, "kernel_ipc_fastpath_fuzzer: the smoke run never took the fast path "
                        "both directly and through sched_run(): the target tests nothing\n");
        abort();
    }
    memset(&stats, 0, sizeof(stats));
    atexit(print_final_stats);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_one(data, size);
    return 0;
}

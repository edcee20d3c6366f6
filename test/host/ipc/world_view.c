/*
 * Views of the fake IPC world; see world_view.h.
 *
 * Layer: host tests only.
 */
#include "world_view.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int view_thread_index(const struct thread *thread)
{
    return thread ? (int)(thread - world_thread(0)) : -1;
}

static void view_thread(struct thread_view *view, unsigned index)
{
    const struct thread *thread = world_thread(index);
    view->state = thread->state;
    view->rax = world_result(index);
    view->rdi = world_badge(index);
    view->rsi = world_info(index);
    for (unsigned w = 0; w < A9N_MESSAGE_REGISTERS; w++)
        view->words[w] = world_word(index, w);
    view->blocked_on = world_object_slot(thread->blocked_on);
    view->reply_to = view_thread_index(thread->reply_to);
    view->reply_from = view_thread_index(thread->reply_from);
    view->bound_notification = world_object_slot(thread->bound_notification);
    /* ipc_is_fault is read whenever the thread is replied to or woken; the
     * other IPC fields only while it waits in a send: elsewhere they are
     * stale, and the fast path, which never needs them, leaves them so. */
    view->ipc_is_fault = thread->ipc_is_fault;
    if (thread->state == THREAD_BLOCKED_SEND) {
        view->ipc_is_call = thread->ipc_is_call;
        view->ipc_can_grant = thread->ipc_can_grant;
        view->ipc_operation = thread->ipc_operation;
        view->ipc_badge = thread->ipc_badge;
    }
}

void view_threads(struct thread_view views[WORLD_THREADS])
{
    memset(views, 0, sizeof(struct thread_view) * WORLD_THREADS);
    for (unsigned i = 0; i < WORLD_THREADS; i++)
        view_thread(&views[i], i);
}

static void view_queue(int queue[WORLD_THREADS], const struct ipc_queue *from)
{
    unsigned n = 0;
    for (const struct thread *t = from->head; t && n < WORLD_THREADS; t = t->wait_next)
        queue[n++] = view_thread_index(t);
    while (n < WORLD_THREADS)
        queue[n++] = -1;
}

/* The object a capability names, seen once, under the slot it was made in. */
static void view_object(struct world_view *view, const struct capability *capability, int index)
{
    struct object_view *object = &view->objects[index];
    object->type = capability->type;
    if (capability->type == A9N_OBJECT_IPC_PORT) {
        view_queue(object->queue, &ipc_port_of(capability)->queue);
        object->bound_thread = -1;
        return;
    }
    const struct notification *notification = notification_of(capability);
    view_queue(object->queue, &notification->waiters);
    object->word = notification->word;
    object->bound_thread = view_thread_index(notification->bound_thread);
}

void view_world(struct world_view *view)
{
    memset(view, 0, sizeof(*view));
    view_threads(view->threads);
    for (unsigned i = 0; i < WORLD_SLOTS; i++) {
        const struct capability *capability = &world_slot(i)->capability;
        int object = world_object_slot((const void *)(uintptr_t)capability->object);
        struct slot_view *slot = &view->slots[i];
        slot->type = capability->type;
        slot->rights = capability->rights;
        slot->object = object;
        slot->data = capability->data;
        bool port = capability->type == A9N_OBJECT_IPC_PORT ||
                    capability->type == A9N_OBJECT_NOTIFICATION_PORT;
        if (port && object >= 0 && !view->objects[object].type)
            view_object(view, capability, object);
    }
    for (unsigned i = 0; i < WORLD_THREADS; i++)
        memcpy(view->buffers[i], world_buffer(i), sizeof(view->buffers[i]));
}

static const char *const view_state_names[] = {
    "INACTIVE",        "RUNNABLE",      "BLOCKED_SEND",
    "BLOCKED_RECEIVE", "BLOCKED_REPLY", "BLOCKED_NOTIFICATION",
    "STOPPED",
};

static void view_print_thread(const char *side, unsigned index, const struct thread_view *t)
{
    fprintf(stderr,
            "  %-8s thread %u: %s result %" PRIu64 " badge %#" PRIx64 " info %#" PRIx64 " words",
            side, index, view_state_names[t->state], t->rax, t->rdi, t->rsi);
    for (unsigned w = 0; w < A9N_MESSAGE_REGISTERS; w++)
        fprintf(stderr, " %#" PRIx64, t->words[w]);
    fprintf(stderr, "; blocked_on %d reply_to %d reply_from %d bound %d fault %d", t->blocked_on,
            t->reply_to, t->reply_from, t->bound_notification, t->ipc_is_fault);
    if (t->state == THREAD_BLOCKED_SEND)
        fprintf(stderr, "; pending call %d grant %d operation %#" PRIx64 " badge %#" PRIx64,
                t->ipc_is_call, t->ipc_can_grant, t->ipc_operation, t->ipc_badge);
    fprintf(stderr, "\n");
}

static void view_print_object(const char *side, unsigned slot, const struct object_view *o)
{
    fprintf(stderr, "  %-8s object made in slot %u: type %d word %#" PRIx64 " bound %d queue", side,
            slot, o->type, o->word, o->bound_thread);
    for (unsigned i = 0; i < WORLD_THREADS && o->queue[i] >= 0; i++)
        fprintf(stderr, " %d", o->queue[i]);
    fprintf(stderr, "\n");
}

static void view_print_slot(const char *side, unsigned index, const struct slot_view *s)
{
    fprintf(stderr, "  %-8s slot %u: type %d rights %#x object %d badge %#" PRIx64 "\n", side,
            index, s->type, s->rights, s->object, s->data);
}

/* Both sides of each element of array `field` that differs between view0 and view1. */
#define VIEW_PRINT_DIFFERENT(field, count, print)                                                  \
    for (unsigned i = 0; i < (count); i++) {                                                       \
        if (memcmp(&view0->field[i], &view1->field[i], sizeof(view0->field[i])) != 0) {            \
            print(side0, i, &view0->field[i]);                                                     \
            print(side1, i, &view1->field[i]);                                                     \
        }                                                                                          \
    }

void view_print_differences(const char *side0, const struct world_view *view0, const char *side1,
                            const struct world_view *view1)
{
    VIEW_PRINT_DIFFERENT(threads, WORLD_THREADS, view_print_thread)
    VIEW_PRINT_DIFFERENT(objects, WORLD_SLOTS, view_print_object)
    VIEW_PRINT_DIFFERENT(slots, WORLD_SLOTS, view_print_slot)
    for (unsigned i = 0; i < WORLD_THREADS; i++) {
        for (unsigned w = 0; w < WORLD_BUFFER_WORDS; w++) {
            uint64_t word0 = view0->buffers[i][w], word1 = view1->buffers[i][w];
            if (word0 != word1)
                fprintf(stderr,
                        "  IPC buffer of thread %u, word %u: %s %#" PRIx64 ", %s %#" PRIx64 "\n", i,
                        w, side0, word0, side1, word1);
        }
    }
}

/*
 * The fault forwarder; see forwarder.h.
 *
 * The serving thread writes an entry, then publishes it by advancing tail (release); the
 * forwarding thread reads tail (acquire), forwards the entry, then frees it by advancing head
 * (release), which the serving thread reads (acquire) before it reuses the entry.
 */
#include "forwarder.h"

#include <stddef.h>

void ulmm_forwarder_init(struct ulmm_forwarder *f, a9n_descriptor_t supervisor,
                         a9n_descriptor_t notification)
{
    f->supervisor = supervisor;
    f->notification = notification;
    f->head = f->tail = f->dropped = 0;
}

bool ulmm_forwarder_push(struct ulmm_forwarder *f, const uint64_t words[ULMM_FORWARDER_WORDS])
{
    uint64_t tail = f->tail;
    if (tail - __atomic_load_n(&f->head, __ATOMIC_ACQUIRE) == ULMM_FORWARDER_QUEUE) {
        f->dropped++;
        return false;
    }
    for (unsigned i = 0; i < ULMM_FORWARDER_WORDS; i++)
        f->faults[tail % ULMM_FORWARDER_QUEUE][i] = words[i];
    __atomic_store_n(&f->tail, tail + 1, __ATOMIC_RELEASE);
    a9n_notification_port_signal(f->notification);
    return true;
}

void ulmm_forwarder_run(void *argument)
{
    struct ulmm_forwarder *f = argument;
    for (;;) {
        uint64_t head = f->head;
        while (head != __atomic_load_n(&f->tail, __ATOMIC_ACQUIRE)) {
            struct a9n_message message = {.info = A9N_MESSAGE_INFO(ULMM_FORWARDER_WORDS, 0)};
            for (unsigned i = 0; i < ULMM_FORWARDER_WORDS; i++)
                message.words[i] = f->faults[head % ULMM_FORWARDER_QUEUE][i];
            a9n_ipc_port_call(f->supervisor, &message);
            head++;
            __atomic_store_n(&f->head, head, __ATOMIC_RELEASE);
        }
        a9n_notification_port_wait(f->notification, NULL);
    }
}

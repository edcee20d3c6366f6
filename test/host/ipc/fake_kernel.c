/*
 * The fake rest of the kernel for host tests of IPC; see fake_kernel.h.
 *
 * Layer: host tests only. Stands in for:
 *   - the HAL, beyond what ../kernel/fake_hal.c has for the capability
 *     core: the rest of the context accessors on the real x86_64 struct
 *     hal_context with the kernel-call convention (call number in rax,
 *     arguments in rdi and rsi), and user copies over one fake address
 *     space per thread, a page at WORLD_IPC_BUFFER;
 *   - the scheduler: states only, as sched.c sets them, and a direct switch
 *     allowed to a partner of at least the caller's priority; sched_run()
 *     counts its runs (world_scheduled) and leaves the kernel;
 *   - the return to user mode: it checks the context and jumps back to
 *     world_offer_fastpath, the only caller that leaves the kernel;
 *   - thread_vspace_root (the fake space's address) and the interrupt
 *     code's hook for dying notifications (it records the last one).
 * The real object_types.c dispatches to the real node, generic, IPC port
 * and notification code; the other types are absent (../absent_modules).
 */
#include "fake_kernel.h"

#include <hal/context.h>
#include <hal/vspace.h>
#include <kernel/capability_call.h>
#include <kernel/derivation.h>
#include <kernel/interrupt.h>
#include <kernel/sched.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define PAGE (WORLD_BUFFER_WORDS * 8u)

struct fake_space {
    bool mapped;
    uint64_t words[WORLD_BUFFER_WORDS];
};

static struct thread threads[WORLD_THREADS];
static struct fake_space spaces[WORLD_THREADS];
static struct node *root;
static _Alignas(64) uint8_t objects[WORLD_SLOTS][64];
static struct thread *current;
static const struct notification *forgotten;

/* HAL. */

uint64_t hal_context_call_number(const struct hal_context *context)
{
    return context->rax;
}

void hal_context_set_argument(struct hal_context *context, unsigned index, uint64_t value)
{
    *(index == 0 ? &context->rdi : &context->rsi) = value;
}

void hal_context_copy_message(struct hal_context *to, const struct hal_context *from,
                              unsigned length)
{
    for (unsigned i = 0; i < length; i++)
        hal_context_set_message(to, i, hal_context_message(from, i));
}

static jmp_buf left_kernel;

_Noreturn void hal_return_to_user(struct hal_context *context, uint64_t vspace_root)
{
    struct thread *thread = (struct thread *)context;
    if (thread != current || vspace_root != thread_vspace_root(thread))
        abort();
    longjmp(left_kernel, 1);
}

/* The bytes of [address, address + length) in a fake space, or NULL. */
static uint8_t *fake_user_bytes(uint64_t root_address, uint64_t address, size_t length)
{
    struct fake_space *space = (struct fake_space *)(uintptr_t)root_address;
    if (!space->mapped || address < WORLD_IPC_BUFFER || address - WORLD_IPC_BUFFER > PAGE ||
        length > PAGE - (address - WORLD_IPC_BUFFER))
        return 0;
    return (uint8_t *)space->words + (address - WORLD_IPC_BUFFER);
}

enum a9n_error hal_copy_from_user(uint64_t root_address, void *destination, uint64_t user_address,
                                  size_t length)
{
    uint8_t *bytes = fake_user_bytes(root_address, user_address, length);
    if (!bytes)
        return A9N_ERROR_INVALID_ADDRESS;
    memcpy(destination, bytes, length);
    return A9N_OK;
}

enum a9n_error hal_copy_to_user(uint64_t root_address, uint64_t user_address, const void *source,
                                size_t length)
{
    uint8_t *bytes = fake_user_bytes(root_address, user_address, length);
    if (!bytes)
        return A9N_ERROR_INVALID_ADDRESS;
    memcpy(bytes, source, length);
    return A9N_OK;
}

/* Scheduler. */

struct thread *sched_current(void)
{
    return current;
}

void sched_make_runnable(struct thread *thread)
{
    thread->state = THREAD_RUNNABLE;
}

void sched_block(struct thread *thread, enum thread_state state)
{
    thread->state = state;
}

static unsigned scheduled;

_Noreturn void sched_run(void)
{
    scheduled++;
    current = NULL;
    longjmp(left_kernel, 1);
}

unsigned world_scheduled(void)
{
    return scheduled;
}

bool sched_hand_over(struct thread *from, enum thread_state state, struct thread *to)
{
    if (to->priority < from->priority)
        return false;
    sched_block(from, state);
    sched_make_runnable(to);
    current = to;
    return true;
}

/* Threads: the fake space stands for the address space. */

uint64_t thread_vspace_root(const struct thread *thread)
{
    return thread->vspace_root.capability.object;
}

/* Interrupts. */

void interrupt_forget_notification(const struct notification *notification)
{
    forgotten = notification;
}

const struct notification *world_forgotten_notification(void)
{
    return forgotten;
}

/* The world. */

uint64_t *world_buffer(unsigned thread)
{
    return spaces[thread].words;
}

void world_init(void)
{
    memset(threads, 0, sizeof(threads));
    memset(spaces, 0, sizeof(spaces));
    memset(objects, 0, sizeof(objects));
    root = aligned_alloc(64, node_size(WORLD_RADIX));
    if (!root)
        abort();
    memset(root, 0, node_size(WORLD_RADIX));
    struct capability node = node_create(root, WORLD_RADIX);
    for (unsigned i = 0; i < WORLD_THREADS; i++) {
        struct thread *thread = &threads[i];
        if (i == 0)
            derivation_insert(&thread->cspace_root, &node, 0);
        else
            derivation_copy(&thread->cspace_root, &threads[0].cspace_root, A9N_RIGHTS_ALL);
        thread->state = THREAD_RUNNABLE;
        thread->name = "test";
        thread->vspace_root.capability.object = (uint64_t)(uintptr_t)&spaces[i];
        thread->ipc_buffer = WORLD_IPC_BUFFER;
        spaces[i].mapped = true;
    }
}

void world_fini(void)
{
    for (unsigned i = 0; i < WORLD_SLOTS; i++) {
        if (!slot_is_empty(&root->slots[i]))
            derivation_delete(&root->slots[i]);
    }
    object_reap();
    free(root);
    root = 0;
}

struct thread *world_thread(unsigned index)
{
    return &threads[index];
}

struct slot *world_slot(unsigned index)
{
    return &root->slots[index];
}

a9n_descriptor_t world_descriptor(unsigned slot)
{
    return A9N_DESCRIPTOR(slot, WORLD_RADIX);
}

void world_drop_buffer(unsigned thread, bool keep_address)
{
    if (keep_address)
        spaces[thread].mapped = false;
    else
        threads[thread].ipc_buffer = 0;
}

void world_new_port(unsigned slot)
{
    struct capability port = ipc_port_create(objects[slot]);
    derivation_insert(world_slot(slot), &port, 0);
}

void world_new_notification(unsigned slot)
{
    struct capability notification = notification_create(objects[slot]);
    derivation_insert(world_slot(slot), &notification, 0);
}

int world_object_slot(const void *object)
{
    uintptr_t offset = (uintptr_t)object - (uintptr_t)objects;
    return object && offset < sizeof(objects) ? (int)(offset / sizeof(objects[0])) : -1;
}

void world_mint(unsigned destination, unsigned source, uint64_t rights, uint64_t badge)
{
    derivation_copy(world_slot(destination), world_slot(source), (uint8_t)rights);
    world_slot(destination)->capability.data = badge;
}

void world_load(unsigned thread, a9n_descriptor_t descriptor, uint64_t operation,
                const uint64_t *words)
{
    struct hal_context *context = &threads[thread].context;
    context->rax = A9N_KERNEL_CALL_CAPABILITY;
    context->rdi = descriptor;
    context->rsi = operation;
    for (unsigned i = 0; i < A9N_MESSAGE_REGISTERS; i++)
        hal_context_set_message(context, i, words[i]);
    current = &threads[thread];
}

bool world_offer_fastpath(unsigned thread)
{
    if (setjmp(left_kernel))
        return true;
    fastpath_capability_call(&threads[thread]);
    return false;
}

void world_capability_call(unsigned thread)
{
    capability_call(&threads[thread]);
}

void world_ipc(unsigned thread, unsigned slot, uint64_t operation, uint64_t info,
               const uint64_t *words)
{
    world_load(thread, world_descriptor(slot), operation | info, words);
    ipc_port_invoke(&threads[thread], world_slot(slot), operation | info);
}

bool world_fastpath(unsigned thread, unsigned slot, uint64_t operation, uint64_t info,
                    const uint64_t *words)
{
    world_load(thread, world_descriptor(slot), operation | info, words);
    return world_offer_fastpath(thread);
}

enum a9n_error world_notification(unsigned thread, unsigned slot, uint64_t operation,
                                  uint64_t *bits)
{
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    world_load(thread, world_descriptor(slot), operation, WORDS(0));
    enum a9n_error error =
        notification_invoke(&threads[thread], world_slot(slot), operation, results);
    /* As the dispatch does: the result and, on success, results[0] into MR0. */
    hal_context_set_result(&threads[thread].context, error);
    if (error == A9N_OK)
        hal_context_set_message(&threads[thread].context, 0, results[0]);
    if (bits)
        *bits = results[0];
    return error;
}

uint64_t world_result(unsigned thread)
{
    return threads[thread].context.rax;
}

uint64_t world_badge(unsigned thread)
{
    return threads[thread].context.rdi;
}

uint64_t world_info(unsigned thread)
{
    return threads[thread].context.rsi;
}

uint64_t world_word(unsigned thread, unsigned index)
{
    return hal_context_message(&threads[thread].context, index);
}

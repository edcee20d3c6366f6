/*
 * A small world for host tests of the kernel's IPC code: threads sharing
 * one capability space (a root node of WORLD_RADIX), each with a fake
 * address space holding an IPC buffer page, and a fake scheduler and HAL
 * (fake_kernel.c) standing in for the rest of the kernel.
 *
 * Layer: host tests only. Operations go through ipc_port_invoke(),
 * notification_invoke(), fastpath_capability_call() and the capability-call
 * dispatch (capability_call()) with the message in the thread's saved
 * registers, exactly as kernel-call entry hands them over; results are read
 * back from those registers.
 */
#ifndef KOITO_TEST_IPC_FAKE_KERNEL_H
#define KOITO_TEST_IPC_FAKE_KERNEL_H

#include <a9n/a9n.h>
#include <kernel/fastpath.h>
#include <kernel/ipc_port.h>
#include <kernel/node.h>
#include <kernel/notification.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

#define WORLD_RADIX        5u
#define WORLD_THREADS      6u
#define WORLD_SLOTS        (1u << WORLD_RADIX)
#define WORLD_IPC_BUFFER   0x10000u /* the user address of every thread's IPC buffer */
#define WORLD_BUFFER_WORDS 512u     /* one page */

/* Words of a thread's IPC buffer, as its user code would see them. */
uint64_t *world_buffer(unsigned thread);

/* Build the world: every thread RUNNABLE, with a buffer mapped and
 * configured. Tear it down with world_fini. */
void world_init(void);
void world_fini(void);

struct thread *world_thread(unsigned index);
struct slot *world_slot(unsigned index);
a9n_descriptor_t world_descriptor(unsigned slot);

/* Take the IPC buffer away: unconfigured, or configured but unmapped. */
void world_drop_buffer(unsigned thread, bool keep_address);

/* Make a port or notification with every right in root slot `slot`. */
void world_new_port(unsigned slot);
void world_new_notification(unsigned slot);

/* The root slot `object` was made in by world_new_port or
 * world_new_notification, or -1 for any other memory. */
int world_object_slot(const void *object);

/* Copy root slot `source` into `destination` with `rights` and `badge`. */
void world_mint(unsigned destination, unsigned source, uint64_t rights, uint64_t badge);

/* A capability call in two halves, as kernel_handle_call runs it: load the
 * call into `thread`'s registers as its user code would (descriptor,
 * operation word, message registers), then offer it to the fast path (true
 * if it took it) and, if refused, run the general capability-call dispatch. */
void world_load(unsigned thread, a9n_descriptor_t descriptor, uint64_t operation,
                const uint64_t *words);
bool world_offer_fastpath(unsigned thread);

/* How many times the kernel left through sched_run(): the fast path's switch
 * when the scheduler would not run the partner next (here: a partner of
 * lower priority). */
unsigned world_scheduled(void);
void world_capability_call(unsigned thread);

/* Run an IPC port operation as `thread`'s capability call on root slot
 * `slot`: `info` (A9N_MESSAGE_INFO) in the operation word, `words` (8) in
 * the message registers. */
void world_ipc(unsigned thread, unsigned slot, uint64_t operation, uint64_t info,
               const uint64_t *words);

/* The same call offered to the fast path; true if it took it. */
bool world_fastpath(unsigned thread, unsigned slot, uint64_t operation, uint64_t info,
                    const uint64_t *words);

/* Run a notification operation; results[0] is written back to MR0 on success. */
enum a9n_error world_notification(unsigned thread, unsigned slot, uint64_t operation,
                                  uint64_t *bits);

/* What a thread's registers say after an operation. */
uint64_t world_result(unsigned thread);
uint64_t world_badge(unsigned thread);
uint64_t world_info(unsigned thread);
uint64_t world_word(unsigned thread, unsigned index);

/* The notification last passed to interrupt_forget_notification. */
const struct notification *world_forgotten_notification(void);

/* Message registers from a list of values; those not named are 0. */
#define WORDS(...) ((const uint64_t[A9N_MESSAGE_REGISTERS]){__VA_ARGS__})

#endif

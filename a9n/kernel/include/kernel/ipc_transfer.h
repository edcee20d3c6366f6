/*
 * Message transfer between threads (portable core; ipc_transfer.c): the
 * checks and the copy of registers, IPC-buffer words and a granted
 * capability that every IPC delivery shares.
 */
#ifndef A9N_KERNEL_IPC_TRANSFER_H
#define A9N_KERNEL_IPC_TRANSFER_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/thread.h>
#include <stdbool.h>
#include <stdint.h>

/* The parts of a sender's operation word the kernel honours: the length and
 * A9N_MESSAGE_CAPABILITY (A9N_MESSAGE_NOTIFICATION and A9N_MESSAGE_FAULT are
 * set by the kernel only; other bits are ignored). */
uint64_t ipc_transfer_info(uint64_t operation);

/* Check, changing nothing, that `sender` can send the message `info`
 * describes through a capability with (`can_grant`) or without GRANT: the
 * length, the IPC buffer words past the registers, and the capability to
 * transfer, which is returned in *grant (NULL if none). */
enum a9n_error ipc_transfer_check(struct thread *sender, uint64_t info, bool can_grant,
                                  struct slot **grant);

/* Deliver the checked message `info` of `sender` with `badge` and capability
 * `grant` (or NULL) to `receiver`, writing the receiver's result registers. */
void ipc_transfer_deliver(struct thread *sender, struct thread *receiver, uint64_t info,
                          uint64_t badge, struct slot *grant);

/* Write a result without a message: `error`, and 0 for badge and info. */
void ipc_transfer_complete(struct thread *thread, enum a9n_error error);

#endif

/*
 * <koito/memory_manager.h>: the world the memory manager (ULMM) starts in (KOITO ABI, installed
 * with the SDK; shared by KOITO init, which builds it, and the ULMM program, which reads it).
 *
 * The boot configuration names the memory manager with `role = memory`. Init starts it before
 * every other program, as a process like any other (<koito/process.h>: its own node, thread,
 * address space, IPC buffer, supervisor port; KOITO_SLOT_MEMORY stays empty, since it is nobody's
 * client), and adds at fixed slots of its node:
 *   KOITO_MEMORY_SLOT_PORT       the ULMMI port, all rights: ULMM receives on it and mints every
 *                                session's capability from it
 *   KOITO_MEMORY_SLOT_WORK_NODE  a node of radix KOITO_MEMORY_WORK_RADIX for ULMM's own
 *                                capabilities, whose slot 0 holds the first leaf node (radix 9)
 *   KOITO_MEMORY_SLOT_GENERICS   a node of radix KOITO_MEMORY_GENERICS_RADIX holding, from slot 0
 *                                on without gaps, the general memory: empty generics WITHOUT the
 *                                physical right (ULMM learns their sizes, never their addresses)
 *   KOITO_MEMORY_SLOT_FORWARD    the supervisor port, badged for the memory manager's messages,
 *                                with the right to send a capability
 *
 * Once ULMM has taken the memory it opens the root session and sends its capability to init over
 * KOITO_MEMORY_SLOT_FORWARD, as a call of two words, KOITO_MEMORY_READY and the root session's
 * quota; the reply's word 0 is an enum a9n_error (init makes no ULMMI request before it replies:
 * the thread that would serve it is the one waiting). Init starts the other programs only then. For
 * each process init opens a session with the process's quota and address space, puts its capability
 * in the process's KOITO_SLOT_MEMORY and makes it every thread's fault resolver. A fault ULMM
 * cannot resolve reaches init over KOITO_MEMORY_SLOT_FORWARD as a call of
 * KOITO_MEMORY_FORWARD_LENGTH words: the kernel's fault words 0..3 (<a9n/fault.h>), then the
 * session's handle; init ends the process and replies.
 */
#ifndef KOITO_MEMORY_MANAGER_H
#define KOITO_MEMORY_MANAGER_H

#include <stdint.h>

#define KOITO_MEMORY_SLOT_PORT       16u
#define KOITO_MEMORY_SLOT_WORK_NODE  17u
#define KOITO_MEMORY_SLOT_GENERICS   18u
#define KOITO_MEMORY_SLOT_FORWARD    19u
#define KOITO_MEMORY_FIRST_FREE_SLOT 20u

/* 4,096 leaves of 512 slots: room for every page of a 4 GiB machine and its splits. */
#define KOITO_MEMORY_WORK_RADIX     12u
#define KOITO_MEMORY_GENERICS_RADIX 8u

#define KOITO_MEMORY_READY           UINT64_C(0x4d454d5259) /* "MEMRY" */
#define KOITO_MEMORY_FORWARD_SESSION 4u
#define KOITO_MEMORY_FORWARD_LENGTH  5u

#endif

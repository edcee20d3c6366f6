/*
 * ULMM, the memory manager, as the program KOITO init starts first (ULMM, ulmm/program; the world
 * it starts in is <koito/memory_manager.h>).
 *
 * 1. Set the server up on the slots init gave: the ULMMI port, the work node, its own address
 *    space with a window for its bookkeeping (MAIN_META_BASE), bootstrap pages in its image.
 * 2. Take the general memory (server/generics.c): move each generic of the generics node into a
 *    work slot of its own and give it to the core (sizes only: the generics carry no physical
 *    right). ULMM checks that it is blind: a generic that carries the right, or a frame made from
 *    the first generic or ULMM's own IPC buffer that tells its physical address, and ULMM refuses
 *    to run. Init puts what it releases later in the same node and asks ULMM to take it
 *    (memory_add).
 * 3. Start the forwarding thread (server/forwarder.h), so that the serving thread never waits on
 *    init, which calls ULMM too.
 * 4. Open the root session with all the memory as its quota and send its capability to init
 *    (KOITO_MEMORY_READY); init opens every process's session under it.
 * 5. Serve ULMMI and resolve faults for ever.
 * A failure before 5 is reported and ends the program, which ends the system (init cannot run
 * processes without their memory manager).
 */
#include "server.h"

#include <koito/boot.h>
#include <koito/memory_manager.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/thread.h>
#include <stdio.h>

/* ULMM's bookkeeping window: far from its image, its stack and libkoito's thread area. */
#define MAIN_META_BASE UINT64_C(0x0000400000000000)
#define MAIN_META_SIZE (UINT64_C(1) << 36)

static _Alignas(4096) uint8_t main_bootstrap[4 * 4096];
static uint64_t
    main_slot_bitmap[(UINT64_C(1) << (KOITO_MEMORY_WORK_RADIX + ULMM_KERNEL_LEAF_RADIX)) / 64];
static struct ulmm_server main_server;
static struct ulmm_forwarder main_forwarder;
static struct koito_thread main_forwarding_thread;

/* 2: the bytes taken; 0 when ULMM cannot run (nothing handed over, or not blind). */
static uint64_t main_take_generics(void)
{
    uint64_t total = 0, physical = 0;
    if (a9n_frame_get_physical_address(koito_slot(KOITO_SLOT_IPC_BUFFER), &physical) !=
        A9N_ERROR_INSUFFICIENT_RIGHTS) {
        printf("ulmm: its own IPC buffer tells its physical address: not blind\n");
        return 0;
    }
    enum ulmm_error error = ulmm_server_take_generics(&main_server, 0, true, &total);
    if (error != ULMM_OK) {
        printf("ulmm: cannot take the general memory (error %d)\n", (int)error);
        if (error == ULMM_ERROR_INSUFFICIENT_RIGHTS)
            return 0; /* not blind: ULMM does not run */
    }
    if (total != 0)
        printf("ulmm: blind: no generic carries the physical right, physical addresses refused\n");
    return total;
}

/* 3. */
static bool main_start_forwarder(void)
{
    uint64_t notification = 0;
    if (koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &notification) != A9N_OK)
        return false;
    ulmm_forwarder_init(&main_forwarder, koito_slot(KOITO_MEMORY_SLOT_FORWARD),
                        koito_slot(notification));
    return koito_thread_create(&main_forwarding_thread, ulmm_forwarder_run, &main_forwarder) ==
           A9N_OK;
}

/* 4. */
static bool main_announce(uint64_t quota)
{
    a9n_descriptor_t root = ulmm_kernel_slot(&main_server.kernel);
    uint64_t handle = 0;
    if (root == 0 || ulmm_server_open_root(&main_server, quota, 0, 0, root, &handle) != ULMM_OK)
        return false;
    uint64_t *buffer = koito_ipc_buffer();
    buffer[A9N_IPC_BUFFER_TRANSFER] = root;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, A9N_MESSAGE_CAPABILITY)};
    message.words[0] = KOITO_MEMORY_READY;
    message.words[1] = quota;
    return a9n_ipc_port_call(koito_slot(KOITO_MEMORY_SLOT_FORWARD), &message) == A9N_OK &&
           A9N_MESSAGE_LENGTH(message.info) == 1 && message.words[0] == A9N_OK;
}

int main(void)
{
    struct ulmm_server_config config = {
        .top_node = koito_slot(KOITO_MEMORY_SLOT_WORK_NODE),
        .top_radix = KOITO_MEMORY_WORK_RADIX,
        .slot_bitmap = main_slot_bitmap,
        .self_space = koito_slot(KOITO_SLOT_ADDRESS_SPACE),
        .meta_base = MAIN_META_BASE,
        .meta_size = MAIN_META_SIZE,
        .bootstrap = main_bootstrap,
        .bootstrap_bytes = sizeof main_bootstrap,
        .seed = __builtin_readcyclecounter(),
        .port = koito_slot(KOITO_MEMORY_SLOT_PORT),
        .supervisor = koito_slot(KOITO_MEMORY_SLOT_FORWARD),
        .forwarder = &main_forwarder,
        .ipc_buffer = koito_ipc_buffer(),
        .generics = koito_slot(KOITO_MEMORY_SLOT_GENERICS),
        .generics_radix = KOITO_MEMORY_GENERICS_RADIX,
    };
    if (!ulmm_server_init(&main_server, &config)) {
        printf("ulmm: cannot set the server up\n");
        return 1;
    }
    uint64_t total = main_take_generics();
    if (total == 0) {
        printf("ulmm: no memory was handed over\n");
        return 1;
    }
    if (!main_start_forwarder()) {
        printf("ulmm: cannot start the fault-forwarding thread\n");
        return 1;
    }
    if (!main_announce(total)) {
        printf("ulmm: init did not take the root session\n");
        return 1;
    }
    enum a9n_error error = ulmm_server_run(&main_server);
    printf("ulmm: the ULMMI port failed (error %d)\n", (int)error);
    return 1;
}

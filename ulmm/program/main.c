/*
 * ULMM, the memory manager, as the program KOITO init starts first (ULMM, ulmm/program; the world
 * it starts in is <koito/memory_manager.h>).
 *
 * 1. Set the server up on the slots init gave: the ULMMI port, the work node, its own address
 *    space with a window for its bookkeeping (MAIN_META_BASE), bootstrap pages in its image.
 * 2. Take the general memory: move each generic of the generics node into a work slot of its own
 *    and give it to the core (sizes only: the generics carry no physical right). ULMM checks that
 *    it is blind: a generic that carries the right, or a frame made from the first generic or
 *    ULMM's own IPC buffer that tells its physical address, and ULMM refuses to run.
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

static unsigned main_bits(uint64_t size)
{
    unsigned bits = 0;
    while (bits < 63 && (UINT64_C(1) << (bits + 1)) <= size)
        bits++;
    return bits;
}

/* 2: ULMM cannot learn where the memory lies: the generic carries no physical right, and a frame
 * made from it (then destroyed again) and ULMM's IPC buffer are refused their physical address. */
static bool main_blind(a9n_descriptor_t generic, bool probe)
{
    enum a9n_object_type type = A9N_OBJECT_NONE;
    a9n_rights_t rights = A9N_RIGHT_PHYSICAL;
    if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, generic, &type, &rights, NULL) != A9N_OK ||
        type != A9N_OBJECT_GENERIC || (rights & A9N_RIGHT_PHYSICAL))
        return false;
    if (!probe)
        return true;
    struct ulmm_backend backend = ulmm_kernel_backend(&main_server.kernel);
    ulmm_cap frame = 0;
    uint64_t physical = 0;
    if (backend.generic_convert(backend.context, generic, ULMM_OBJECT_FRAME, ULMM_PAGE_BITS,
                                &frame) != 0)
        return false;
    enum a9n_error asked = a9n_frame_get_physical_address(frame, &physical);
    backend.generic_reclaim(backend.context, generic);
    backend.cap_release(backend.context, frame);
    enum a9n_error own =
        a9n_frame_get_physical_address(koito_slot(KOITO_SLOT_IPC_BUFFER), &physical);
    return asked == A9N_ERROR_INSUFFICIENT_RIGHTS && own == A9N_ERROR_INSUFFICIENT_RIGHTS;
}

/* 2: the bytes taken. */
static uint64_t main_take_generics(void)
{
    a9n_descriptor_t node = koito_slot(KOITO_MEMORY_SLOT_GENERICS);
    uint64_t total = 0;
    for (unsigned i = 0; i < (1u << KOITO_MEMORY_GENERICS_RADIX); i++) {
        a9n_descriptor_t from = a9n_descriptor_child(node, KOITO_MEMORY_GENERICS_RADIX, i);
        uint64_t size = 0;
        if (a9n_generic_get_info(from, &size, NULL, NULL) != A9N_OK)
            break; /* the first empty slot ends the list */
        a9n_descriptor_t slot = ulmm_kernel_slot(&main_server.kernel);
        enum ulmm_error error = ULMM_ERROR_OUT_OF_MEMORY;
        if (slot != 0 && a9n_node_move(A9N_DESCRIPTOR_ROOT, slot, from) == A9N_OK)
            error = main_blind(slot, i == 0)
                        ? ulmm_server_add_generic(&main_server, slot, main_bits(size))
                        : ULMM_ERROR_INSUFFICIENT_RIGHTS;
        if (error != ULMM_OK) {
            printf("ulmm: cannot take generic %u of %llu bytes (error %d)\n", i,
                   (unsigned long long)size, (int)error);
            if (error == ULMM_ERROR_INSUFFICIENT_RIGHTS)
                return 0; /* not blind: ULMM does not run */
            break;
        }
        total += size;
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

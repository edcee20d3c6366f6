/*
 * Device-suite tests: the root server's device frames (the framebuffer,
 * <a9n/root_info.h>) map for user code, and the kernel never reads or
 * writes them on a user's behalf: a debug write from device memory and a
 * long message through an IPC buffer in device memory are refused with
 * their defined errors (the manual's "Device memory and cache attributes").
 */
#include "tests.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"
#include "../vspace/vspace.h"

#include <guest_debug.h>
#include <guest_test.h>
#include <koito/boot.h>

/* Scratch slot of the device frame's copy (the vspace helpers use 16 and up). */
#define DEVICE_SLOT    VSPACE_SLOT_FRAME
#define DEVICE_ADDRESS (VSPACE_WINDOW + (UINT64_C(1) << 30))
#define LONG_MESSAGE   40u

/* Copy the first device frame into the device slot and map it; its size bits. */
static unsigned map_device_frame(void)
{
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(info);
    const struct a9n_root_mapping *device = 0;
    for (uint32_t i = 0; i < info->mapping_count && !device; i++) {
        if (mappings[i].type == A9N_OBJECT_FRAME && mappings[i].address == 0)
            device = &mappings[i];
    }
    GUEST_CHECK(device != 0);
    if (!device)
        return 0;
    GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(DEVICE_SLOT), root_slot(device->slot),
                                 A9N_RIGHTS_ALL),
                   A9N_OK);
    uint64_t physical = 0;
    GUEST_CHECK_EQ(a9n_frame_get_physical_address(scratch(DEVICE_SLOT), &physical), A9N_OK);
    GUEST_CHECK(physical != 0);
    vspace_map(fixture_generic, vspace_root(), DEVICE_SLOT, device->level, DEVICE_ADDRESS,
               VSPACE_RW);
    return device->level;
}

static void unmap_device_frame(void)
{
    GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(DEVICE_SLOT)), A9N_OK);
}

void test_device_frame_maps(void)
{
    vspace_begin();
    if (map_device_frame()) {
        volatile uint64_t *pixels = (volatile uint64_t *)(uintptr_t)DEVICE_ADDRESS;
        pixels[0] = UINT64_C(0x00ff00ff00ff00ff);
        GUEST_CHECK_EQ(pixels[0], UINT64_C(0x00ff00ff00ff00ff));
        unmap_device_frame();
    }
    fixture_end();
}

/* Send a long message whose words 8.. lie in this thread's IPC buffer, in device memory. */
static void device_buffer_sender(uint64_t i)
{
    struct a9n_message m = {.info = A9N_MESSAGE_INFO(LONG_MESSAGE, 0), .words = {1}};
    helper_report[i].error = a9n_ipc_port_send(scratch(SLOT_COPY), &m);
    helper_park(i);
}

void test_kernel_refuses_device_memory(void)
{
    vspace_begin();
    if (map_device_frame()) {
        GUEST_CHECK_EQ(a9n_debug_write(guest_debug(), (const void *)(uintptr_t)DEVICE_ADDRESS, 16),
                       A9N_ERROR_INVALID_ADDRESS);
        a9n_descriptor_t sender = thread_make(0, 0, device_buffer_sender, 0, PRIORITY_LOW);
        GUEST_CHECK_EQ(a9n_thread_configure(sender, root_slot(A9N_ROOT_SLOT_NODE), vspace_root(),
                                            DEVICE_ADDRESS, A9N_THREAD_NO_RESOLVER),
                       A9N_OK);
        GUEST_CHECK_EQ(a9n_thread_resume(sender), A9N_OK);
        let_lower_run();
        struct a9n_message m = {0};
        enum a9n_error received = a9n_ipc_port_receive_nonblocking(scratch(SLOT_PORT), &m);
        let_lower_run();
        /* The send failed before anything was queued: nothing to receive. */
        GUEST_CHECK_EQ(helper_report[0].error, A9N_ERROR_MESSAGE_TOO_LONG);
        GUEST_CHECK_EQ(received, A9N_ERROR_WOULD_BLOCK);
        GUEST_CHECK_EQ(helper_report[0].done, 1);
        unmap_device_frame();
    }
    fixture_end();
}

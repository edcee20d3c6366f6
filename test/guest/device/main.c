/*
 * The device suite: device memory (the UEFI framebuffer's device frames) as
 * user mappings and as the kernel meets it in IPC buffers and copies. Booted
 * through OVMF, since only the UEFI path has a framebuffer.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"a device frame maps and holds what is written", test_device_frame_maps},
    {"the kernel copies nothing through device memory", test_kernel_refuses_device_memory},
};

int main(void)
{
    return guest_test_run("device", tests, sizeof(tests) / sizeof(tests[0]));
}

/*
 * From the entry stubs (boot.S) to the portable kernel (x86_64 HAL, boot-only).
 * Brings up the console first, so that every later failure can be reported,
 * then finds the boot-info blob the boot path left and enters kernel_main.
 */
#include "memlayout.h"
#include "pvh.h"
#include "serial.h"

#include <a9n/boot_info.h>
#include <kernel/kernel_main.h>
#include <kernel/panic.h>

#define FOUR_GIB (4ul << 30)

_Noreturn void hal_boot_main(uint32_t boot_source, uint64_t pointer)
{
    serial_init();
    if (boot_source == A9N_BOOT_SOURCE_PVH)
        kernel_main(pvh_boot_info(pointer), A9N_BOOT_INFO_MAX_SIZE);
    /* The early page tables map only the first 4 GiB. */
    if (pointer == 0 || pointer > FOUR_GIB - A9N_BOOT_INFO_MAX_SIZE)
        panic("UEFI boot: boot info at %lx is not below 4 GiB", pointer);
    kernel_main(phys_to_virt(pointer), A9N_BOOT_INFO_MAX_SIZE);
}

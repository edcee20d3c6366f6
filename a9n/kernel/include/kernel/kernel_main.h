/*
 * The portable kernel's start, called by the HAL's boot glue once the
 * console works and the boot-info blob is found.
 */
#ifndef A9N_KERNEL_KERNEL_MAIN_H
#define A9N_KERNEL_KERNEL_MAIN_H

#include <a9n/boot_info.h>
#include <stddef.h>

/* `available` bytes at `info` may be read. */
_Noreturn void kernel_main(const struct a9n_boot_info *info, size_t available);

#endif

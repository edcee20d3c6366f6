/*
 * PVH boot path (x86_64 HAL); see pvh.c.
 */
#ifndef A9N_HAL_X86_64_PVH_H
#define A9N_HAL_X86_64_PVH_H

#include <a9n/boot_info.h>
#include <stdint.h>

const struct a9n_boot_info *pvh_boot_info(uint64_t start_info_physical);

#endif

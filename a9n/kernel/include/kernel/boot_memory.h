/*
 * The boot-time frame allocator (portable core): hands out zeroed 4 KiB
 * frames from USABLE memory of the boot memory map, lowest first, for the
 * kernel's page tables and the root server's image, stack and tables. Only
 * boot uses it; what is left becomes generic memory for user space.
 */
#ifndef A9N_KERNEL_BOOT_MEMORY_H
#define A9N_KERNEL_BOOT_MEMORY_H

#include <a9n/boot_info.h>
#include <stdint.h>

void boot_memory_init(const struct a9n_boot_info *info);

/* Physical address of a zeroed frame, or 0 when memory is exhausted. */
uint64_t boot_memory_allocate(void);

/* Physical address of `size` zeroed, physically contiguous bytes (whole
 * frames), or 0 if no usable region has that much left. */
uint64_t boot_memory_allocate_range(uint64_t size);

/* Where the next allocation would start: allocations made between two marks
 * lie in USABLE memory between them. */
uint64_t boot_memory_mark(void);

/* Call `visit` for every page-aligned range of USABLE memory in [start, end)
 * (end 0: no upper bound), in ascending order; with start =
 * boot_memory_mark(), that is the memory boot has not used. */
void boot_memory_for_each_usable(uint64_t start, uint64_t end,
                                 void (*visit)(uint64_t base, uint64_t size, void *context),
                                 void *context);

/* Call `visit` for every page-aligned region of the memory map of `type`. */
void boot_memory_for_each_region(uint32_t type,
                                 void (*visit)(uint64_t base, uint64_t size, void *context),
                                 void *context);

/* First address above all RAM in the memory map. */
uint64_t boot_memory_top(void);

/* Bytes of USABLE memory in the map, and bytes handed out so far. */
uint64_t boot_memory_usable(void);
uint64_t boot_memory_allocated(void);

#endif

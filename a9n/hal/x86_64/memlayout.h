/*
 * The x86_64 kernel's virtual memory map.
 *
 *   0x0000000000000000 .. 0x00007ffffffff000   user space (the lower canonical
 *                                               half but its top page)
 *   0xffff800000000000 .. +physical top         direct map of physical memory
 *                                               (2 MiB pages, no execute)
 *   0xffffffff80000000 + physical address       the kernel image (linked at
 *                                               KERNEL_VIRTUAL_BASE + 2 MiB)
 *
 * The top page of the lower half is no user memory: a `syscall` in its last
 * bytes would save a non-canonical return address, on which `sysretq` faults
 * in kernel mode. Without it every address a `syscall` saves is canonical,
 * and the return path need not check.
 *
 * The kernel image is loaded at physical 2 MiB. Its .boot section (PVH and
 * UEFI entry code plus the early page tables) is linked at its physical
 * address, because it runs before paging is ours; the final page tables do
 * not map it.
 */
#ifndef A9N_HAL_X86_64_MEMLAYOUT_H
#define A9N_HAL_X86_64_MEMLAYOUT_H

#define KERNEL_VIRTUAL_BASE  0xffffffff80000000ul
#define KERNEL_PHYSICAL_BASE 0x200000ul
#define DIRECT_MAP_BASE      0xffff800000000000ul
#define USER_SPACE_END       0x00007ffffffff000ul

#define PAGE_SIZE       4096ul
#define LARGE_PAGE_SIZE (2ul * 1024 * 1024)

#ifndef __ASSEMBLER__
#include <stdint.h>

static inline void *phys_to_virt(uint64_t physical)
{
    return (void *)(DIRECT_MAP_BASE + physical);
}

static inline uint64_t virt_to_phys(const void *virtual_address)
{
    uint64_t v = (uint64_t)virtual_address;
    return v >= KERNEL_VIRTUAL_BASE ? v - KERNEL_VIRTUAL_BASE : v - DIRECT_MAP_BASE;
}
#endif

#endif

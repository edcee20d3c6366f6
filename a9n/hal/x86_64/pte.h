/*
 * x86_64 page-table entry format (4-level paging), used by paging.c only.
 *
 *  bit 0 P present      bit 1 W writable     bit 2 U user
 *  bit 3 PWT            bit 4 PCD (uncached) bit 7 PS (large page, depth 2/3)
 *  bit 8 G global       bits 12..51 frame    bit 63 NX no-execute
 */
#ifndef A9N_HAL_X86_64_PTE_H
#define A9N_HAL_X86_64_PTE_H

#include <stdbool.h>
#include <stdint.h>

#define PTE_PRESENT       (1ul << 0)
#define PTE_WRITABLE      (1ul << 1)
#define PTE_USER          (1ul << 2)
#define PTE_WRITE_THROUGH (1ul << 3)
#define PTE_CACHE_DISABLE (1ul << 4)
#define PTE_LARGE         (1ul << 7)
#define PTE_GLOBAL        (1ul << 8)
#define PTE_NO_EXECUTE    (1ul << 63)
#define PTE_FRAME_MASK    0x000ffffffffff000ul

#define PTE_ENTRIES 512u

static inline uint64_t pte_frame(uint64_t entry)
{
    return entry & PTE_FRAME_MASK;
}

static inline bool pte_present(uint64_t entry)
{
    return entry & PTE_PRESENT;
}

/* Index of `address` in the table at `level` (4 = root, 1 = last). */
static inline unsigned pte_index(uint64_t address, unsigned level)
{
    return (address >> (12 + 9 * (level - 1))) & 0x1ff;
}

#endif

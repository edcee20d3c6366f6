/*
 * Page tables (x86_64 HAL): the kernel's own tables, user address spaces and
 * the boot-time walks. Four levels; the core names none of them (the
 * portable view of entries and depths is in vspace_entry.c).
 *
 * The kernel half (root entries 256..511) is built once by hal_paging_init
 * and shared by every address space: the direct map of physical memory
 * (2 MiB pages, no execute; the 3..4 GiB hole uncached for device registers
 * such as the local APIC; the device memory user space may map, such as the
 * framebuffer, uncached in 4 KiB pages wherever it lies:
 * hal_direct_map_device) and the kernel image mapped page by page with the
 * rights of its section.
 */
#include "cpu.h"
#include "memlayout.h"
#include "pte.h"
#include "x86.h"

#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/panic.h>
#include <kernel/print.h>

/* Symbols of the linker script (linker.ld): reserved names on purpose, so
 * they can never clash with a C identifier of ours. */
// NOLINTBEGIN(bugprone-reserved-identifier)
extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[], __data_start[],
    __data_end[];
// NOLINTEND(bugprone-reserved-identifier)

#define FOUR_GIB  (4ul << 30)
#define THREE_GIB (3ul << 30)

static uint64_t kernel_root;
/* The end of the direct map: memory above it has no kernel mapping. */
static uint64_t direct_map_top;

void *hal_physical_to_virtual(uint64_t physical)
{
    return phys_to_virt(physical);
}

static uint64_t *table_of(uint64_t entry)
{
    return phys_to_virt(pte_frame(entry));
}

static uint64_t no_execute(void)
{
    return cpu_features()->nx ? PTE_NO_EXECUTE : 0;
}

/* The entry for `address` at `level`, creating missing tables above it with
 * `table_flags`; NULL if a table is needed and none can be had, or a large
 * page is in the way. */
static uint64_t *walk(uint64_t root, uint64_t address, unsigned level, uint64_t table_flags,
                      uint64_t (*allocate_table)(void))
{
    uint64_t *table = phys_to_virt(root);
    for (unsigned current = 4; current > level; current--) {
        uint64_t *entry = &table[pte_index(address, current)];
        if (!pte_present(*entry)) {
            uint64_t frame = allocate_table ? allocate_table() : 0;
            if (!frame)
                return 0;
            *entry = frame | table_flags;
        } else if (*entry & PTE_LARGE) {
            return 0;
        }
        table = table_of(*entry);
    }
    return &table[pte_index(address, level)];
}

static void map_kernel_range(char *start, char *end, uint64_t flags, uint64_t (*allocate)(void))
{
    for (uint64_t v = (uint64_t)start; v < (uint64_t)end; v += PAGE_SIZE) {
        uint64_t *entry = walk(kernel_root, v, 1, PTE_PRESENT | PTE_WRITABLE, allocate);
        if (!entry)
            panic("out of memory for kernel page tables");
        *entry = (v - KERNEL_VIRTUAL_BASE) | flags | PTE_PRESENT | PTE_GLOBAL;
    }
}

void hal_paging_init(uint64_t physical_top, uint64_t (*allocate_frame)(void))
{
    kernel_root = allocate_frame();
    if (!kernel_root)
        panic("out of memory for kernel page tables");
    uint64_t top = physical_top > FOUR_GIB ? physical_top : FOUR_GIB;
    top = (top + LARGE_PAGE_SIZE - 1) & ~(LARGE_PAGE_SIZE - 1);
    direct_map_top = top;
    for (uint64_t physical = 0; physical < top; physical += LARGE_PAGE_SIZE) {
        uint64_t *entry = walk(kernel_root, DIRECT_MAP_BASE + physical, 2,
                               PTE_PRESENT | PTE_WRITABLE, allocate_frame);
        if (!entry)
            panic("out of memory for the direct map");
        uint64_t cache = physical >= THREE_GIB && physical < FOUR_GIB
                             ? PTE_CACHE_DISABLE | PTE_WRITE_THROUGH
                             : 0;
        *entry =
            physical | PTE_PRESENT | PTE_WRITABLE | PTE_LARGE | PTE_GLOBAL | no_execute() | cache;
    }
    map_kernel_range(__text_start, __text_end, 0, allocate_frame);
    map_kernel_range(__rodata_start, __rodata_end, no_execute(), allocate_frame);
    map_kernel_range(__data_start, __data_end, PTE_WRITABLE | no_execute(), allocate_frame);
    write_cr3(kernel_root);
}

#define PTE_UNCACHED (PTE_CACHE_DISABLE | PTE_WRITE_THROUGH)

/* Replace the direct map's 2 MiB page at `*entry` by a table of 4 KiB pages
 * with the same flags. */
static void split_large_page(uint64_t *entry, uint64_t (*allocate_frame)(void))
{
    uint64_t table = allocate_frame();
    if (!table)
        panic("out of memory for the direct map");
    uint64_t *pages = phys_to_virt(table);
    uint64_t flags = (*entry & ~PTE_FRAME_MASK) & ~PTE_LARGE;
    for (unsigned i = 0; i < PTE_ENTRIES; i++)
        pages[i] = (pte_frame(*entry) + i * PAGE_SIZE) | flags;
    *entry = table | PTE_PRESENT | PTE_WRITABLE;
}

void hal_direct_map_device(uint64_t physical, uint64_t size, uint64_t (*allocate_frame)(void))
{
    uint64_t end = physical + size;
    if (end < physical || end > direct_map_top)
        end = direct_map_top;
    uint64_t changed = 0;
    for (uint64_t page = physical & ~(PAGE_SIZE - 1); page < end; page += PAGE_SIZE) {
        uint64_t *large = walk(kernel_root, DIRECT_MAP_BASE + page, 2, 0, 0);
        if (!large || (*large & PTE_UNCACHED) == PTE_UNCACHED)
            continue; /* not mapped, or in the uncached 3..4 GiB hole */
        if (*large & PTE_LARGE) {
            split_large_page(large, allocate_frame);
            invlpg(DIRECT_MAP_BASE + (page & ~(LARGE_PAGE_SIZE - 1)));
        }
        uint64_t *entry = walk(kernel_root, DIRECT_MAP_BASE + page, 1, 0, 0);
        *entry |= PTE_UNCACHED;
        invlpg(DIRECT_MAP_BASE + page);
        changed++;
    }
    if (size)
        kprintf("a9n: device memory %016lx..%016lx: uncached in the direct map (%lu pages made "
                "so)\n",
                physical, physical + size, changed);
}

uint64_t hal_user_space_end(void)
{
    return USER_SPACE_END;
}

void hal_vspace_init(uint64_t root)
{
    uint64_t *user_root = phys_to_virt(root);
    uint64_t *kernel = phys_to_virt(kernel_root);
    for (unsigned i = PTE_ENTRIES / 2; i < PTE_ENTRIES; i++)
        user_root[i] = kernel[i];
}

static bool is_user_page(uint64_t address)
{
    return address < USER_SPACE_END && (address & (PAGE_SIZE - 1)) == 0;
}

bool hal_vspace_map(uint64_t root, uint64_t virtual_address, uint64_t physical_address,
                    unsigned rights, uint64_t (*allocate_table)(void))
{
    if (!is_user_page(virtual_address) || (physical_address & ~PTE_FRAME_MASK))
        return false;
    uint64_t *entry =
        walk(root, virtual_address, 1, PTE_PRESENT | PTE_WRITABLE | PTE_USER, allocate_table);
    if (!entry || pte_present(*entry))
        return false;
    uint64_t flags = PTE_PRESENT | PTE_USER;
    if (rights & HAL_MAP_WRITE)
        flags |= PTE_WRITABLE;
    if (!(rights & HAL_MAP_EXECUTE))
        flags |= no_execute();
    *entry = physical_address | flags;
    return true;
}

bool hal_vspace_lookup(uint64_t root, uint64_t virtual_address, uint64_t *physical_address,
                       unsigned *rights)
{
    if (virtual_address >= USER_SPACE_END)
        return false;
    uint64_t table = root;
    for (unsigned depth = 0;; depth++) {
        uint64_t entry = *hal_vspace_entry_at(table, depth, virtual_address);
        enum hal_vspace_entry_kind kind = hal_vspace_entry_kind(entry, depth);
        if (kind == HAL_VSPACE_ENTRY_EMPTY || !(entry & PTE_USER))
            return false;
        if (kind == HAL_VSPACE_ENTRY_TABLE) {
            table = pte_frame(entry);
            continue;
        }
        /* Device memory (mapped uncached: hal_vspace_frame_entry) is no
         * memory the kernel copies through. */
        if (entry & PTE_CACHE_DISABLE)
            return false;
        /* The 4 KiB page of a frame of any size that holds the address. */
        uint64_t frame_mask = (UINT64_C(1) << hal_vspace_entry_bits(depth)) - 1;
        *physical_address =
            (pte_frame(entry) & ~frame_mask) | (virtual_address & frame_mask & ~(PAGE_SIZE - 1));
        if (*physical_address >= direct_map_top)
            return false;
        *rights = HAL_MAP_READ | ((entry & PTE_WRITABLE) ? HAL_MAP_WRITE : 0) |
                  ((entry & PTE_NO_EXECUTE) ? 0 : HAL_MAP_EXECUTE);
        return true;
    }
}

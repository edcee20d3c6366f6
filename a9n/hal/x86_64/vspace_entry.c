/*
 * The translation tree in portable terms (x86_64 HAL): depths, entries and
 * TLB flushes for the core's memory objects (kernel/vspace.c and the frame,
 * page-table and address-space objects). See <hal/vspace.h>.
 *
 * Depth d of the core is paging level 4 - d: the root is the PML4, depth 1
 * the page-directory-pointer tables (entries of 1 GiB), depth 2 the page
 * directories (2 MiB), depth 3 the page tables (4 KiB). Frames map at depth
 * 3, at depth 2 as large pages and, where the CPU has 1 GiB pages, at depth 1.
 * The entry format is in pte.h.
 *
 * User entries are never global and PCIDs are not used, so loading CR3
 * drops every user translation: only the address space that CR3 holds now
 * can have translations cached, and flushes of any other are no-ops.
 */
#include "cpu.h"
#include "memlayout.h"
#include "pte.h"
#include "x86.h"

#include <a9n/a9n.h>
#include <hal/vspace.h>

_Static_assert(A9N_PAGE_TABLE_MAX_DEPTH == 3, "four-level paging: the root and three depths");

/* Paging level of a table at `depth`: 4 = PML4 .. 1 = page table. */
static unsigned vspace_entry_level(unsigned depth)
{
    return 4 - depth;
}

unsigned hal_vspace_entry_bits(unsigned depth)
{
    return 12 + 9 * (vspace_entry_level(depth) - 1);
}

bool hal_vspace_frame_at_depth(unsigned depth)
{
    return depth == 3 || depth == 2 || (depth == 1 && cpu_features()->huge_pages);
}

hal_vspace_entry_t *hal_vspace_entry_at(uint64_t table, unsigned depth, uint64_t address)
{
    uint64_t *entries = phys_to_virt(table);
    return &entries[pte_index(address, vspace_entry_level(depth))];
}

enum hal_vspace_entry_kind hal_vspace_entry_kind(hal_vspace_entry_t entry, unsigned depth)
{
    if (!pte_present(entry))
        return HAL_VSPACE_ENTRY_EMPTY;
    /* Bit 7 is PAT, not PS, in a last-level entry; the root has no large pages. */
    if (depth == A9N_PAGE_TABLE_MAX_DEPTH || (depth > 0 && (entry & PTE_LARGE)))
        return HAL_VSPACE_ENTRY_FRAME;
    return HAL_VSPACE_ENTRY_TABLE;
}

uint64_t hal_vspace_entry_physical(hal_vspace_entry_t entry)
{
    return pte_frame(entry);
}

hal_vspace_entry_t hal_vspace_table_entry(uint64_t table)
{
    /* Rights are decided by the last entry; the tables above grant everything. */
    return table | PTE_PRESENT | PTE_WRITABLE | PTE_USER;
}

hal_vspace_entry_t hal_vspace_frame_entry(uint64_t frame, unsigned depth, unsigned rights,
                                          bool device)
{
    uint64_t entry = frame | PTE_PRESENT | PTE_USER;
    if (depth < A9N_PAGE_TABLE_MAX_DEPTH)
        entry |= PTE_LARGE;
    if (rights & HAL_MAP_WRITE)
        entry |= PTE_WRITABLE;
    if (!(rights & HAL_MAP_EXECUTE) && cpu_features()->nx)
        entry |= PTE_NO_EXECUTE;
    if (device)
        entry |= PTE_CACHE_DISABLE | PTE_WRITE_THROUGH;
    return entry;
}

void hal_vspace_flush_entry(uint64_t root, uint64_t address)
{
    /* One invlpg drops the translation of a large page as well, and the
     * paging-structure caches with it. */
    if (pte_frame(read_cr3()) == root)
        invlpg(address);
}

void hal_vspace_flush_all(uint64_t root)
{
    if (pte_frame(read_cr3()) == root)
        write_cr3(read_cr3());
}

/*
 * A fake HAL translation tree for host tests of the kernel's memory objects.
 *
 * Layer: host tests only. Physical addresses are host addresses
 * (hal_physical_to_virtual is the identity), so tables are aligned host
 * buffers; frames are never touched, so their "physical" addresses are mere
 * numbers. The shape is x86_64's (four levels of 512 entries, user space
 * below 2^47), but the entry format is the fake's own, so the core is seen to
 * rely on nothing but <hal/vspace.h>:
 *   bit 0 present, bit 1 frame (else table), bits 2..4 HAL_MAP_* rights,
 *   bit 5 device, bits 12.. physical address.
 * The kernel half is one marker entry that hal_vspace_init writes and that
 * nothing may clear. Flushes are counted. Processor time is reported in the
 * cycles the address space was charged, as if the counter ran at 1 GHz.
 */
#include "memory_fixture.h"

#include <hal/hal.h>
#include <kernel/address_space.h>
#include <kernel/cpu_time.h>

#define FAKE_PRESENT       1u
#define FAKE_FRAME         2u
#define FAKE_RIGHTS_SHIFT  2
#define FAKE_DEVICE        0x20u
#define FAKE_ADDRESS_MASK  (~UINT64_C(0xfff))
#define FAKE_KERNEL_MARKER (UINT64_C(0xabc000) | FAKE_PRESENT)

bool fake_huge_pages = true;
unsigned fake_entry_flushes;
unsigned fake_full_flushes;

void *hal_physical_to_virtual(uint64_t physical)
{
    return (void *)(uintptr_t)physical;
}

uint64_t hal_user_space_end(void)
{
    return FAKE_USER_SPACE_END;
}

void hal_vspace_init(uint64_t root)
{
    ((uint64_t *)(uintptr_t)root)[FAKE_KERNEL_INDEX] = FAKE_KERNEL_MARKER;
}

bool fake_kernel_half_intact(uint64_t root)
{
    return ((uint64_t *)(uintptr_t)root)[FAKE_KERNEL_INDEX] == FAKE_KERNEL_MARKER;
}

unsigned hal_vspace_entry_bits(unsigned depth)
{
    return 39 - 9 * depth;
}

bool hal_vspace_frame_at_depth(unsigned depth)
{
    return depth == 3 || depth == 2 || (depth == 1 && fake_huge_pages);
}

hal_vspace_entry_t *hal_vspace_entry_at(uint64_t table, unsigned depth, uint64_t address)
{
    return (uint64_t *)(uintptr_t)table + ((address >> hal_vspace_entry_bits(depth)) & 511);
}

enum hal_vspace_entry_kind hal_vspace_entry_kind(hal_vspace_entry_t entry, unsigned depth)
{
    (void)depth;
    if (!(entry & FAKE_PRESENT))
        return HAL_VSPACE_ENTRY_EMPTY;
    return entry & FAKE_FRAME ? HAL_VSPACE_ENTRY_FRAME : HAL_VSPACE_ENTRY_TABLE;
}

uint64_t hal_vspace_entry_physical(hal_vspace_entry_t entry)
{
    return entry & FAKE_ADDRESS_MASK;
}

hal_vspace_entry_t hal_vspace_table_entry(uint64_t table)
{
    return table | FAKE_PRESENT;
}

hal_vspace_entry_t hal_vspace_frame_entry(uint64_t frame, unsigned depth, unsigned rights,
                                          bool device)
{
    (void)depth;
    return frame | FAKE_PRESENT | FAKE_FRAME | (uint64_t)rights << FAKE_RIGHTS_SHIFT |
           (device ? FAKE_DEVICE : 0);
}

unsigned fake_entry_rights(hal_vspace_entry_t entry)
{
    return (entry >> FAKE_RIGHTS_SHIFT) & 7u;
}

bool fake_entry_device(hal_vspace_entry_t entry)
{
    return entry & FAKE_DEVICE;
}

void hal_vspace_flush_entry(uint64_t root, uint64_t address)
{
    (void)root;
    (void)address;
    fake_entry_flushes++;
}

void hal_vspace_flush_all(uint64_t root)
{
    (void)root;
    fake_full_flushes++;
}

uint64_t cpu_time_of_address_space(const struct capability *capability)
{
    return address_space_cpu_cycles(capability);
}

/*
 * Tracked page allocations (UEFI 2.x boot services AllocatePages/FreePages).
 *
 * Layer: UEFI boot loader. A fixed table, because the loader allocates only
 * a handful of ranges (config, kernel file and segments, modules, boot info,
 * memory-map buffer) and must not depend on pool memory for its bookkeeping.
 */
#include "pages.h"

#define PAGES_MAX_ALLOCATIONS 64u
#define PAGES_LOW_LIMIT       UINT64_C(0xffffffff)

struct pages_allocation {
    uint64_t address;
    uint64_t count; /* 0: free slot */
};

static struct efi_boot_services *pages_services;
static struct pages_allocation pages_table[PAGES_MAX_ALLOCATIONS];

void pages_init(struct efi_boot_services *boot_services)
{
    pages_services = boot_services;
}

uint64_t pages_for_bytes(uint64_t bytes)
{
    if (bytes > UINT64_MAX - (EFI_PAGE_SIZE - 1)) {
        return 0;
    }
    return (bytes + EFI_PAGE_SIZE - 1) / EFI_PAGE_SIZE;
}

static struct pages_allocation *pages_free_slot(void)
{
    for (uint32_t i = 0; i < PAGES_MAX_ALLOCATIONS; i++) {
        if (pages_table[i].count == 0) {
            return &pages_table[i];
        }
    }
    return 0;
}

static efi_status pages_allocate_type(uint32_t allocate_type, uint64_t count, uint32_t memory_type,
                                      uint64_t *address)
{
    struct pages_allocation *slot = pages_free_slot();
    if (slot == 0 || count == 0) {
        return EFI_OUT_OF_RESOURCES;
    }
    efi_status status = pages_services->allocate_pages(allocate_type, memory_type, count, address);
    if (!EFI_IS_ERROR(status)) {
        slot->address = *address;
        slot->count = count;
    }
    return status;
}

efi_status pages_allocate_at(uint64_t address, uint64_t count, uint32_t memory_type)
{
    return pages_allocate_type(EFI_ALLOCATE_ADDRESS, count, memory_type, &address);
}

efi_status pages_allocate(uint64_t count, uint32_t memory_type, uint64_t *address)
{
    *address = PAGES_LOW_LIMIT;
    return pages_allocate_type(EFI_ALLOCATE_MAX_ADDRESS, count, memory_type, address);
}

void pages_free(uint64_t address)
{
    for (uint32_t i = 0; i < PAGES_MAX_ALLOCATIONS; i++) {
        if (pages_table[i].count != 0 && pages_table[i].address == address) {
            pages_services->free_pages(address, pages_table[i].count);
            pages_table[i].count = 0;
            return;
        }
    }
}

void pages_free_all(void)
{
    for (uint32_t i = 0; i < PAGES_MAX_ALLOCATIONS; i++) {
        if (pages_table[i].count != 0) {
            pages_services->free_pages(pages_table[i].address, pages_table[i].count);
            pages_table[i].count = 0;
        }
    }
}

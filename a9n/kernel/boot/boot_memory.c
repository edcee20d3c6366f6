/*
 * The boot-time frame allocator (portable core); see
 * include/kernel/boot_memory.h. A cursor walks the USABLE regions upwards,
 * skipping the first MiB and all memory above 4 GiB: boot needs little, and
 * before the kernel's own page tables exist only the first 4 GiB are mapped.
 */
#include <hal/hal.h>
#include <kernel/boot_memory.h>
#include <stdbool.h>

#define FRAME_SIZE       4096u
#define LOW_MEMORY_END   0x100000u
#define EARLY_MAPPED_END (4ull << 30)

static const struct a9n_memory_region *regions;
static uint32_t region_count;
static uint32_t region_index;
static uint64_t cursor;
static uint64_t allocated;

static bool is_ram(uint32_t type)
{
    return type == A9N_MEMORY_USABLE || type == A9N_MEMORY_BOOT_RECLAIMABLE ||
           type == A9N_MEMORY_ACPI_RECLAIMABLE || type == A9N_MEMORY_ACPI_NVS ||
           type == A9N_MEMORY_KERNEL || type == A9N_MEMORY_MODULE;
}

void boot_memory_init(const struct a9n_boot_info *info)
{
    regions = (const struct a9n_memory_region *)((const char *)info + info->memory_map_offset);
    region_count = info->memory_map_count;
    region_index = 0;
    cursor = LOW_MEMORY_END;
    allocated = 0;
}

uint64_t boot_memory_top(void)
{
    uint64_t top = 0;
    for (uint32_t i = 0; i < region_count; i++) {
        if (is_ram(regions[i].type) && regions[i].base + regions[i].length > top)
            top = regions[i].base + regions[i].length;
    }
    return top;
}

uint64_t boot_memory_usable(void)
{
    uint64_t total = 0;
    for (uint32_t i = 0; i < region_count; i++) {
        if (regions[i].type == A9N_MEMORY_USABLE)
            total += regions[i].length;
    }
    return total;
}

uint64_t boot_memory_allocated(void)
{
    return allocated;
}

uint64_t boot_memory_allocate_range(uint64_t size)
{
    uint64_t length = (size + FRAME_SIZE - 1) & ~(uint64_t)(FRAME_SIZE - 1);
    for (; region_index < region_count; region_index++) {
        const struct a9n_memory_region *region = &regions[region_index];
        if (region->type != A9N_MEMORY_USABLE)
            continue;
        uint64_t start = (region->base + FRAME_SIZE - 1) & ~(uint64_t)(FRAME_SIZE - 1);
        if (cursor < start)
            cursor = start;
        uint64_t end = region->base + region->length;
        if (cursor + length > end || cursor + length > EARLY_MAPPED_END)
            continue;
        uint64_t range = cursor;
        cursor += length;
        allocated += length;
        __builtin_memset(hal_physical_to_virtual(range), 0, length);
        return range;
    }
    return 0;
}

uint64_t boot_memory_allocate(void)
{
    return boot_memory_allocate_range(FRAME_SIZE);
}

uint64_t boot_memory_mark(void)
{
    return cursor;
}

static void visit_clipped(uint64_t base, uint64_t end, uint64_t start, uint64_t stop,
                          void (*visit)(uint64_t, uint64_t, void *), void *context)
{
    /* Physical page 0 is never handed out: 0 stands for "none" where a
     * physical address is kept (an address space's root, a page table). */
    if (base < start)
        base = start;
    if (base < FRAME_SIZE)
        base = FRAME_SIZE;
    if (stop && end > stop)
        end = stop;
    base = (base + FRAME_SIZE - 1) & ~(uint64_t)(FRAME_SIZE - 1);
    end &= ~(uint64_t)(FRAME_SIZE - 1);
    if (base < end)
        visit(base, end - base, context);
}

void boot_memory_for_each_usable(uint64_t start, uint64_t end,
                                 void (*visit)(uint64_t base, uint64_t size, void *context),
                                 void *context)
{
    for (uint32_t i = 0; i < region_count; i++) {
        if (regions[i].type == A9N_MEMORY_USABLE)
            visit_clipped(regions[i].base, regions[i].base + regions[i].length, start, end, visit,
                          context);
    }
}

void boot_memory_for_each_region(uint32_t type,
                                 void (*visit)(uint64_t base, uint64_t size, void *context),
                                 void *context)
{
    for (uint32_t i = 0; i < region_count; i++) {
        if (regions[i].type == type)
            visit_clipped(regions[i].base, regions[i].base + regions[i].length, 0, 0, visit,
                          context);
    }
}

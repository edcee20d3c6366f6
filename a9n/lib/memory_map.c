/*
 * Editing of the boot memory map: the boot paths start from the firmware's
 * ranges and overlay what they occupy, and the result must stay sorted by
 * base, free of overlaps and free of adjacent regions of one type.
 *
 * Layer: freestanding library (a9n/lib), built into the kernel, the loader
 * and the host tests. No libc, no heap: the map is edited in its own array.
 *
 * Every edit is built from one primitive: give [low, high) one type. Such an
 * edit replaces a window of regions by at most three (what is left of the
 * first region, the new range merged with touching regions of its type, what
 * is left of the last), so it is planned from local copies and then applied
 * by shifting the tail once. Each operation works out how many regions it
 * will need before it changes anything, so a failure leaves the map as it was.
 *
 * Preconditions for every function: the map already keeps its invariants
 * (sorted, non-overlapping, nonzero lengths, no adjacent regions of one type,
 * no base + length overflow) and count <= capacity.
 */
#include "memory_map.h"

/*
 * Precedence used by memory_map_add when ranges overlap, lowest to highest:
 *
 *   USABLE < BOOT_RECLAIMABLE < ACPI_RECLAIMABLE < ACPI_NVS < DEVICE
 *          < MODULE < KERNEL < RESERVED < UNUSABLE
 *
 * Free RAM yields to any claim. Memory that becomes RAM later ranks by how
 * long its contents must live: boot data until the kernel runs, ACPI tables
 * until they are parsed, NVS forever. Device ranges are never RAM. The boot
 * path's own images (modules, kernel) outrank what the firmware reports as
 * reusable or device memory, because the boot path knows those bytes are in
 * use. Ranges the firmware reserves or reports as faulty outrank everything:
 * no one may ever use them, whatever else claims them.
 * 0 marks a value that is not an enum a9n_memory_type.
 */
static unsigned memory_map_rank(uint32_t type)
{
    switch (type) {
    case A9N_MEMORY_USABLE:
        return 1;
    case A9N_MEMORY_BOOT_RECLAIMABLE:
        return 2;
    case A9N_MEMORY_ACPI_RECLAIMABLE:
        return 3;
    case A9N_MEMORY_ACPI_NVS:
        return 4;
    case A9N_MEMORY_DEVICE:
        return 5;
    case A9N_MEMORY_MODULE:
        return 6;
    case A9N_MEMORY_KERNEL:
        return 7;
    case A9N_MEMORY_RESERVED:
        return 8;
    case A9N_MEMORY_UNUSABLE:
        return 9;
    }
    return 0;
}

/* Replace regions [first, last) by pieces[0 .. piece_count). */
struct memory_map_plan {
    uint32_t first;
    uint32_t last;
    uint32_t piece_count;
    struct a9n_memory_region pieces[3];
};

static uint64_t memory_map_end(const struct a9n_memory_region *region)
{
    return region->base + region->length;
}

/* Index of the first region that ends after `address` (count if none does). */
static uint32_t memory_map_search(const struct memory_map *map, uint64_t address)
{
    uint32_t low = 0;
    uint32_t high = map->count;
    while (low < high) {
        uint32_t middle = low + (high - low) / 2;
        if (memory_map_end(&map->regions[middle]) > address)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

static void memory_map_push(struct memory_map_plan *plan, uint64_t low, uint64_t high,
                            uint32_t type)
{
    struct a9n_memory_region *piece = &plan->pieces[plan->piece_count++];
    piece->base = low;
    piece->length = high - low;
    piece->type = type;
    piece->reserved = 0;
}

/* Plan giving [low, high) (low < high) the type `type`. */
static void memory_map_plan_set(const struct memory_map *map, uint64_t low, uint64_t high,
                                uint32_t type, struct memory_map_plan *plan)
{
    const struct a9n_memory_region *regions = map->regions;
    uint32_t first = memory_map_search(map, low);
    uint32_t last = first;
    uint64_t merged_low = low;
    uint64_t merged_high = high;
    bool left_remains = false;
    bool right_remains = false;

    while (last < map->count && regions[last].base < high)
        last++;
    if (first < last && regions[first].base < low) {
        if (regions[first].type == type)
            merged_low = regions[first].base;
        else
            left_remains = true;
    } else if (first > 0 && memory_map_end(&regions[first - 1]) == low &&
               regions[first - 1].type == type) {
        first--;
        merged_low = regions[first].base;
    }
    if (first < last && memory_map_end(&regions[last - 1]) > high) {
        if (regions[last - 1].type == type)
            merged_high = memory_map_end(&regions[last - 1]);
        else
            right_remains = true;
    } else if (last < map->count && regions[last].base == high && regions[last].type == type) {
        merged_high = memory_map_end(&regions[last]);
        last++;
    }

    plan->first = first;
    plan->last = last;
    plan->piece_count = 0;
    if (left_remains)
        memory_map_push(plan, regions[first].base, low, regions[first].type);
    memory_map_push(plan, merged_low, merged_high, type);
    if (right_remains)
        memory_map_push(plan, high, memory_map_end(&regions[last - 1]), regions[last - 1].type);
}

static int64_t memory_map_growth(const struct memory_map_plan *plan)
{
    return (int64_t)plan->piece_count - (int64_t)(plan->last - plan->first);
}

static bool memory_map_fits(const struct memory_map *map, int64_t growth)
{
    return (int64_t)map->count + growth <= (int64_t)map->capacity;
}

/* Precondition: memory_map_fits(map, memory_map_growth(plan)). */
static void memory_map_apply(struct memory_map *map, const struct memory_map_plan *plan)
{
    struct a9n_memory_region *regions = map->regions;
    uint32_t tail = map->count - plan->last;
    uint32_t destination = plan->first + plan->piece_count;
    if (destination > plan->last) {
        for (uint32_t i = tail; i > 0; i--)
            regions[destination + i - 1] = regions[plan->last + i - 1];
    } else {
        for (uint32_t i = 0; i < tail; i++)
            regions[destination + i] = regions[plan->last + i];
    }
    for (uint32_t i = 0; i < plan->piece_count; i++)
        regions[plan->first + i] = plan->pieces[i];
    map->count = destination + tail;
}

/*
 * Find the next stretch of [*cursor, end) where memory_map_add's type wins:
 * gaps and regions ranked no higher than `rank`. On success [*run_low,
 * *cursor) is that stretch. Stretches are separated by regions that outrank
 * the new type, so giving one of them the new type never changes another.
 */
static bool memory_map_next_run(const struct memory_map *map, uint64_t *cursor, uint64_t end,
                                unsigned rank, uint64_t *run_low)
{
    const struct a9n_memory_region *regions = map->regions;
    uint64_t at = *cursor;
    uint32_t i = memory_map_search(map, at);

    while (at < end && i < map->count && regions[i].base <= at &&
           memory_map_rank(regions[i].type) > rank) {
        at = memory_map_end(&regions[i]);
        i++;
    }
    if (at >= end)
        return false;
    *run_low = at;
    while (at < end) {
        if (i < map->count && regions[i].base <= at) {
            if (memory_map_rank(regions[i].type) > rank)
                break;
            at = memory_map_end(&regions[i]);
            i++;
        } else {
            at = i < map->count ? regions[i].base : end;
        }
    }
    *cursor = at < end ? at : end;
    return true;
}

static bool memory_map_arguments_valid(const struct memory_map *map, uint64_t base, uint64_t length,
                                       uint32_t type, uint64_t *end)
{
    return memory_map_rank(type) != 0 && !__builtin_add_overflow(base, length, end) &&
           map->count <= map->capacity;
}

bool memory_map_add(struct memory_map *map, uint64_t base, uint64_t length, uint32_t type)
{
    unsigned rank = memory_map_rank(type);
    struct memory_map_plan plan;
    int64_t growth = 0;
    uint64_t end;
    uint64_t cursor;
    uint64_t run_low;

    if (!memory_map_arguments_valid(map, base, length, type, &end))
        return false;
    for (cursor = base; memory_map_next_run(map, &cursor, end, rank, &run_low);) {
        memory_map_plan_set(map, run_low, cursor, type, &plan);
        growth += memory_map_growth(&plan);
    }
    if (!memory_map_fits(map, growth))
        return false;
    /* Runs that shrink the map go first, so no intermediate map needs more
     * regions than the larger of the map before and the map after. A run
     * applied in the first pass plans as growth 0 in the second. */
    for (int pass = 0; pass < 2; pass++) {
        for (cursor = base; memory_map_next_run(map, &cursor, end, rank, &run_low);) {
            memory_map_plan_set(map, run_low, cursor, type, &plan);
            if ((memory_map_growth(&plan) <= 0) == (pass == 0))
                memory_map_apply(map, &plan);
        }
    }
    return true;
}

bool memory_map_set(struct memory_map *map, uint64_t base, uint64_t length, uint32_t type)
{
    struct memory_map_plan plan;
    uint64_t end;

    if (!memory_map_arguments_valid(map, base, length, type, &end))
        return false;
    if (length == 0)
        return true;
    memory_map_plan_set(map, base, end, type, &plan);
    if (!memory_map_fits(map, memory_map_growth(&plan)))
        return false;
    memory_map_apply(map, &plan);
    return true;
}

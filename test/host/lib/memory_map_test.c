/*
 * Host unit tests of the memory-map editor (a9n/lib/memory_map.c): directed
 * cases for precedence, splitting, merging, argument checks and capacity
 * limits, then a long random run checked step by step against a simple
 * model that keeps one type per page of a small address range.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "memory_map.h"

#include <string.h>

#define TYPE_COUNT 9u

/* Lowest to highest, as documented in memory_map.c. */
static const uint32_t precedence[TYPE_COUNT] = {
    A9N_MEMORY_USABLE,   A9N_MEMORY_BOOT_RECLAIMABLE, A9N_MEMORY_ACPI_RECLAIMABLE,
    A9N_MEMORY_ACPI_NVS, A9N_MEMORY_DEVICE,           A9N_MEMORY_MODULE,
    A9N_MEMORY_KERNEL,   A9N_MEMORY_RESERVED,         A9N_MEMORY_UNUSABLE,
};

static unsigned rank_of(uint32_t type)
{
    for (unsigned i = 0; i < TYPE_COUNT; i++) {
        if (precedence[i] == type)
            return i + 1;
    }
    return 0;
}

struct region_spec {
    uint64_t base;
    uint64_t length;
    uint32_t type;
};

static bool map_equals(const struct memory_map *map, const struct region_spec *expected,
                       uint32_t count)
{
    if (map->count != count)
        return false;
    for (uint32_t i = 0; i < count; i++) {
        if (map->regions[i].base != expected[i].base ||
            map->regions[i].length != expected[i].length ||
            map->regions[i].type != expected[i].type || map->regions[i].reserved != 0)
            return false;
    }
    return true;
}

static bool map_invariants_hold(const struct memory_map *map)
{
    if (map->count > map->capacity)
        return false;
    for (uint32_t i = 0; i < map->count; i++) {
        const struct a9n_memory_region *region = &map->regions[i];
        uint64_t end;
        if (region->length == 0 || rank_of(region->type) == 0 ||
            __builtin_add_overflow(region->base, region->length, &end))
            return false;
        if (i + 1 < map->count) {
            const struct a9n_memory_region *next = &map->regions[i + 1];
            if (next->base < end || (next->base == end && next->type == region->type))
                return false;
        }
    }
    return true;
}

static void test_argument_checks(void)
{
    struct a9n_memory_region regions[4];
    struct memory_map map = {regions, 0, 4};
    const struct region_spec one[] = {{0x1000, 0x1000, A9N_MEMORY_USABLE}};
    CHECK(memory_map_add(&map, 0x1000, 0x1000, A9N_MEMORY_USABLE));
    CHECK(map_equals(&map, one, 1));
    const uint32_t bad_types[] = {0, 10, 0x80000001u, UINT32_MAX};
    for (unsigned i = 0; i < 4; i++) {
        CHECK(!memory_map_add(&map, 0x5000, 0x1000, bad_types[i]));
        CHECK(!memory_map_set(&map, 0x5000, 0x1000, bad_types[i]));
        CHECK(!memory_map_add(&map, 0x5000, 0, bad_types[i]));
        CHECK(map_equals(&map, one, 1));
    }
    CHECK(!memory_map_add(&map, UINT64_MAX, 1, A9N_MEMORY_USABLE));
    CHECK(!memory_map_set(&map, 1, UINT64_MAX, A9N_MEMORY_RESERVED));
    CHECK(!memory_map_add(&map, UINT64_MAX - 0xfff, 0x1000, A9N_MEMORY_RESERVED));
    CHECK(map_equals(&map, one, 1));
    CHECK(memory_map_add(&map, 0x1800, 0, A9N_MEMORY_RESERVED));
    CHECK(memory_map_set(&map, 0x1800, 0, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&map, UINT64_MAX, 0, A9N_MEMORY_RESERVED));
    CHECK(map_equals(&map, one, 1));
    /* The last byte of the address space can be described. */
    CHECK(memory_map_add(&map, UINT64_MAX - 0xfff, 0xfff, A9N_MEMORY_DEVICE));
    CHECK(memory_map_set(&map, UINT64_MAX - 0x10, 0x10, A9N_MEMORY_RESERVED));
    const struct region_spec top[] = {{0x1000, 0x1000, A9N_MEMORY_USABLE},
                                      {UINT64_MAX - 0xfff, 0xfef, A9N_MEMORY_DEVICE},
                                      {UINT64_MAX - 0x10, 0x10, A9N_MEMORY_RESERVED}};
    CHECK(map_equals(&map, top, 3));
    /* A map that claims more regions than it has room for is refused. */
    map.count = 5;
    CHECK(!memory_map_add(&map, 0, 0x10, A9N_MEMORY_USABLE));
    CHECK(!memory_map_set(&map, 0, 0x10, A9N_MEMORY_USABLE));
}

static void test_precedence_every_pair(void)
{
    struct a9n_memory_region regions[4];
    for (unsigned a = 0; a < TYPE_COUNT; a++) {
        for (unsigned b = 0; b < TYPE_COUNT; b++) {
            struct memory_map map = {regions, 0, 4};
            uint32_t winner = a > b ? precedence[a] : precedence[b];
            CHECK(memory_map_add(&map, 0x1000, 0x3000, precedence[a]));
            CHECK(memory_map_add(&map, 0x2000, 0x1000, precedence[b]));
            if (winner == precedence[a]) {
                const struct region_spec kept[] = {{0x1000, 0x3000, precedence[a]}};
                CHECK(map_equals(&map, kept, 1));
            } else {
                const struct region_spec split[] = {{0x1000, 0x1000, precedence[a]},
                                                    {0x2000, 0x1000, precedence[b]},
                                                    {0x3000, 0x1000, precedence[a]}};
                CHECK(map_equals(&map, split, 3));
            }
            /* set ignores precedence. */
            CHECK(memory_map_set(&map, 0x1000, 0x3000, precedence[b]));
            const struct region_spec whole[] = {{0x1000, 0x3000, precedence[b]}};
            CHECK(map_equals(&map, whole, 1));
        }
    }
}

static void test_firmware_map(void)
{
    struct a9n_memory_region regions[16];
    struct memory_map map = {regions, 0, 16};
    /* Unsorted and overlapping, as firmware maps sometimes are. */
    CHECK(memory_map_add(&map, 0x100000, 0x7ef0000, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&map, 0, 0x9f000, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&map, 0x9f000, 0x1000, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&map, 0xf0000, 0x10000, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&map, 0x7fe0000, 0x20000, A9N_MEMORY_ACPI_RECLAIMABLE));
    CHECK(memory_map_add(&map, 0x7ff0000, 0x8000, A9N_MEMORY_ACPI_NVS));
    CHECK(memory_map_add(&map, 0x200000, 0x100000, A9N_MEMORY_USABLE)); /* already usable */
    CHECK(memory_map_add(&map, 0xfee00000, 0x1000, A9N_MEMORY_DEVICE));
    /* The boot path then overlays what it occupies. */
    CHECK(memory_map_add(&map, 0x100000, 0x200000, A9N_MEMORY_KERNEL));
    CHECK(memory_map_add(&map, 0x300000, 0x80000, A9N_MEMORY_MODULE));
    CHECK(memory_map_add(&map, 0x380000, 0x10000, A9N_MEMORY_MODULE)); /* merges */
    CHECK(memory_map_add(&map, 0x90000, 0x20000, A9N_MEMORY_BOOT_RECLAIMABLE));
    const struct region_spec expected[] = {
        {0, 0x90000, A9N_MEMORY_USABLE},
        {0x90000, 0xf000, A9N_MEMORY_BOOT_RECLAIMABLE},
        {0x9f000, 0x1000, A9N_MEMORY_RESERVED},
        {0xa0000, 0x10000, A9N_MEMORY_BOOT_RECLAIMABLE},
        {0xf0000, 0x10000, A9N_MEMORY_RESERVED},
        {0x100000, 0x200000, A9N_MEMORY_KERNEL},
        {0x300000, 0x90000, A9N_MEMORY_MODULE},
        {0x390000, 0x7c50000, A9N_MEMORY_USABLE},
        {0x7fe0000, 0x10000, A9N_MEMORY_ACPI_RECLAIMABLE},
        {0x7ff0000, 0x8000, A9N_MEMORY_ACPI_NVS},
        {0x7ff8000, 0x8000, A9N_MEMORY_ACPI_RECLAIMABLE},
        {0xfee00000, 0x1000, A9N_MEMORY_DEVICE},
    };
    CHECK(map_equals(&map, expected, 12));
    CHECK(map_invariants_hold(&map));
    /* Handing boot memory back merges it with its usable neighbours. */
    CHECK(memory_map_set(&map, 0x90000, 0xf000, A9N_MEMORY_USABLE));
    CHECK_EQ(map.count, 11);
    CHECK_EQ(map.regions[0].length, 0x9f000);
    CHECK(map_invariants_hold(&map));
}

static void test_capacity_failures_leave_map_alone(void)
{
    struct a9n_memory_region regions[3];
    struct memory_map map = {regions, 0, 1};
    CHECK(memory_map_add(&map, 0x1000, 0x3000, A9N_MEMORY_USABLE));
    const struct region_spec one[] = {{0x1000, 0x3000, A9N_MEMORY_USABLE}};
    /* Splitting needs three regions. */
    CHECK(!memory_map_set(&map, 0x2000, 0x1000, A9N_MEMORY_RESERVED));
    CHECK(!memory_map_add(&map, 0x2000, 0x1000, A9N_MEMORY_RESERVED));
    CHECK(!memory_map_add(&map, 0x8000, 0x1000, A9N_MEMORY_USABLE));
    CHECK(map_equals(&map, one, 1));
    /* Extending and covering need none. */
    CHECK(memory_map_add(&map, 0x4000, 0x1000, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&map, 0, 0x1000, A9N_MEMORY_USABLE));
    CHECK(memory_map_set(&map, 0, 0x6000, A9N_MEMORY_KERNEL));
    const struct region_spec covered[] = {{0, 0x6000, A9N_MEMORY_KERNEL}};
    CHECK(map_equals(&map, covered, 1));
    map.capacity = 2;
    CHECK(!memory_map_set(&map, 0x1000, 0x1000, A9N_MEMORY_USABLE));
    CHECK(memory_map_set(&map, 0, 0x1000, A9N_MEMORY_USABLE));
    CHECK_EQ(map.count, 2);
    /* An empty map with no room at all. */
    struct memory_map none = {NULL, 0, 0};
    CHECK(!memory_map_add(&none, 0, 0x1000, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&none, 0, 0, A9N_MEMORY_USABLE));
    CHECK_EQ(none.count, 0);
}

/* One add whose left part needs a region more and whose right part frees
 * one: it fits a full map only if the shrinking part is done first. */
static void test_full_map_add_reorders(void)
{
    struct a9n_memory_region regions[4];
    struct memory_map map = {regions, 0, 4};
    CHECK(memory_map_add(&map, 0, 10, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&map, 20, 10, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&map, 30, 10, A9N_MEMORY_USABLE));
    CHECK(memory_map_add(&map, 40, 10, A9N_MEMORY_ACPI_NVS));
    CHECK_EQ(map.count, 4);
    CHECK(memory_map_add(&map, 5, 45, A9N_MEMORY_KERNEL));
    const struct region_spec expected[] = {{0, 5, A9N_MEMORY_USABLE},
                                           {5, 15, A9N_MEMORY_KERNEL},
                                           {20, 10, A9N_MEMORY_RESERVED},
                                           {30, 20, A9N_MEMORY_KERNEL}};
    CHECK(map_equals(&map, expected, 4));
    /* Filling every gap between reserved holes collapses nothing: refused. */
    struct memory_map holes = {regions, 0, 3};
    CHECK(memory_map_add(&holes, 0, 10, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&holes, 20, 10, A9N_MEMORY_RESERVED));
    CHECK(memory_map_add(&holes, 40, 10, A9N_MEMORY_RESERVED));
    CHECK(!memory_map_add(&holes, 0, 50, A9N_MEMORY_USABLE));
    CHECK_EQ(holes.count, 3);
    CHECK(memory_map_add(&holes, 0, 50, A9N_MEMORY_RESERVED));
    const struct region_spec merged[] = {{0, 50, A9N_MEMORY_RESERVED}};
    CHECK(map_equals(&holes, merged, 1));
}

/*
 * The model: MODEL_PAGES pages, each with a type or 0 for "not described".
 * Random adds and sets go to both; after each, the map must equal the
 * model's runs, or, if those need more than the capacity, be unchanged.
 */
#define MODEL_PAGES 48u
#define MODEL_PAGE  0x1000u
#define MODEL_BASE  UINT64_C(0x7ffff0000000)

static uint64_t random_state = 0x9e3779b97f4a7c15u;

static uint32_t random_below(uint32_t bound)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return (uint32_t)(random_state % bound);
}

static uint32_t model_runs(const uint32_t *pages, struct region_spec *runs)
{
    uint32_t count = 0;
    for (uint32_t page = 0; page < MODEL_PAGES; page++) {
        if (pages[page] == 0)
            continue;
        if (count > 0 && runs[count - 1].type == pages[page] &&
            runs[count - 1].base + runs[count - 1].length == MODEL_BASE + page * MODEL_PAGE) {
            runs[count - 1].length += MODEL_PAGE;
            continue;
        }
        runs[count].base = MODEL_BASE + page * MODEL_PAGE;
        runs[count].length = MODEL_PAGE;
        runs[count].type = pages[page];
        count++;
    }
    return count;
}

static void test_against_model(void)
{
    struct a9n_memory_region regions[MODEL_PAGES];
    struct a9n_memory_region before[MODEL_PAGES];
    struct region_spec runs[MODEL_PAGES];
    int mismatches = 0;
    int refusals = 0;

    for (unsigned round = 0; round < 400; round++) {
        uint32_t pages[MODEL_PAGES] = {0};
        struct memory_map map = {regions, 0, 1 + random_below(12)};
        for (unsigned step = 0; step < 60; step++) {
            uint32_t first = random_below(MODEL_PAGES);
            uint32_t length = random_below(MODEL_PAGES - first + 1);
            uint32_t type = random_below(11); /* 0 and 10 are not types */
            bool use_set = random_below(3) == 0;
            uint32_t next[MODEL_PAGES];
            uint32_t old_count = map.count;
            bool done;

            memcpy(next, pages, sizeof next);
            for (uint32_t page = first; page < first + length; page++) {
                if (use_set || next[page] == 0 || rank_of(type) > rank_of(next[page]))
                    next[page] = type;
            }
            memcpy(before, regions, sizeof before);
            done = use_set ? memory_map_set(&map, MODEL_BASE + first * MODEL_PAGE,
                                            length * MODEL_PAGE, type)
                           : memory_map_add(&map, MODEL_BASE + first * MODEL_PAGE,
                                            length * MODEL_PAGE, type);
            bool expected = rank_of(type) != 0 && model_runs(next, runs) <= map.capacity;
            if (done != expected || !map_invariants_hold(&map))
                mismatches++;
            if (done) {
                memcpy(pages, next, sizeof pages);
            } else {
                refusals++;
                if (map.count != old_count ||
                    memcmp(before, regions, sizeof(struct a9n_memory_region) * old_count) != 0)
                    mismatches++;
            }
            if (!map_equals(&map, runs, model_runs(pages, runs)))
                mismatches++;
        }
    }
    CHECK_EQ(mismatches, 0);
    CHECK(refusals > 1000); /* the capacity limit was exercised, not only the happy path */
}

int main(void)
{
    test_argument_checks();
    test_precedence_every_pair();
    test_firmware_map();
    test_capacity_failures_leave_map_alone();
    test_full_map_add_reorders();
    test_against_model();
    return check_summary();
}

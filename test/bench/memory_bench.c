/*
 * Benchmarks of memory objects: mapping and unmapping 1 and MAP_PAGES
 * frames of 4 KiB in the root server's address space (page tables linked
 * beforehand, untimed), and converting one object of each kind from
 * generic memory.
 *
 * A mapping figure is the whole loop of map (or unmap) calls, including the
 * loop's own few instructions per page. A convert figure is one convert
 * call from a child generic, which is revoked after each sample (untimed)
 * so every sample converts from the same state.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"

#include <guest_test.h>

#define PAGE       UINT64_C(0x1000)
#define TABLE_SPAN UINT64_C(0x200000) /* what one deepest page table maps */
#define MAP_PAGES  1024u
#define MAP_WINDOW UINT64_C(0x100000000000) /* 16 TiB: free in the root server's space */
#define CHILD_BITS 22u

struct convert_case {
    const char *parameters;
    enum a9n_object_type type;
    uint64_t size_bits;
};

static const struct convert_case convert_cases[] = {
    {"\"type\": \"ipc_port\"", A9N_OBJECT_IPC_PORT, 0},
    {"\"type\": \"notification_port\"", A9N_OBJECT_NOTIFICATION_PORT, 0},
    {"\"type\": \"thread\"", A9N_OBJECT_THREAD, 0},
    {"\"type\": \"node\", \"radix\": 8", A9N_OBJECT_NODE, 8},
    {"\"type\": \"frame\", \"size_bits\": 12", A9N_OBJECT_FRAME, 12},
    {"\"type\": \"page_table\", \"depth\": 3", A9N_OBJECT_PAGE_TABLE, 3},
    {"\"type\": \"address_space\"", A9N_OBJECT_ADDRESS_SPACE, 0},
};

static void map_pages(const char *parameters, unsigned pages)
{
    a9n_descriptor_t space = bench_root_space();
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        unsigned failed = 0;
        uint64_t start = bench_now();
        for (unsigned p = 0; p < pages; p++)
            failed += a9n_frame_map(bench_node_slot(p), space, MAP_WINDOW + p * PAGE,
                                    A9N_RIGHT_READ | A9N_RIGHT_WRITE) != A9N_OK;
        uint64_t end = bench_now();
        uint64_t back_start = bench_now();
        for (unsigned p = 0; p < pages; p++)
            failed += a9n_frame_unmap(bench_node_slot(p)) != A9N_OK;
        uint64_t back_end = bench_now();
        GUEST_CHECK_EQ(failed, 0);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
        bench_stamps.back_start[k] = back_start;
        bench_stamps.back_end[k] = back_end;
    }
    bench_record("frame_map", parameters, bench_stamps.start, bench_stamps.end);
    bench_record("frame_unmap", parameters, bench_stamps.back_start, bench_stamps.back_end);
}

void bench_mapping(void)
{
    bench_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_FRAME, 12, MAP_PAGES,
                                       scratch(BENCH_SLOT_NODE), 0, 0),
                   A9N_OK);
    for (uint64_t address = MAP_WINDOW; address < MAP_WINDOW + MAP_PAGES * PAGE;
         address += TABLE_SPAN)
        bench_link_tables(bench_root_space(), address, 12);
    map_pages("\"pages\": 1", 1);
    map_pages("\"pages\": 1024", MAP_PAGES);
    bench_end();
}

static void convert_one(const struct convert_case *c)
{
    a9n_descriptor_t child = scratch(BENCH_SLOT_GENERIC);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        enum a9n_error error = a9n_generic_convert(
            child, c->type, c->size_bits, 1, A9N_DESCRIPTOR_ROOT,
            fixture_scratch + BENCH_SLOT_OBJECT, root_slot(A9N_ROOT_SLOT_IDENTIFIERS));
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(error, A9N_OK);
        GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, child), A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
    }
    bench_record("generic_convert", c->parameters, bench_stamps.start, bench_stamps.end);
}

void bench_convert(void)
{
    bench_begin();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_GENERIC, CHILD_BITS, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_GENERIC,
                                       0),
                   A9N_OK);
    for (unsigned c = 0; c < sizeof convert_cases / sizeof convert_cases[0]; c++)
        convert_one(&convert_cases[c]);
    bench_end();
}

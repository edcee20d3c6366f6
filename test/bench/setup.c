/*
 * Set-up of the benchmark suite: failed checks, benchmark groups, the bench
 * node, the second address space and benchmark threads; see bench.h.
 *
 * The suite links the guest tests' fixture and helpers but not their
 * runner: guest_test_fail is defined here, and a failed check makes the
 * whole run fail (main prints no figures), since a figure measured on a
 * broken set-up means nothing.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"
#include "../guest/thread/threads.h"

#include <guest_test.h>
#include <koito/boot.h>
#include <stdio.h>

#define PAGE UINT64_C(0x1000)

/* Counted from any thread, also in the second address space (it shares this memory). */
static volatile unsigned failures;

/* The end of the constructor lists: the last byte of the read-only segments (../../sdk/ld). */
extern const char __koito_fini_array_end[];

/* Next free slot of the bench node for frame copies and page tables, above the 1,024 frames. */
static unsigned next_node_slot;

void guest_test_fail(const char *file, int line, const char *expression, uint64_t actual,
                     uint64_t expected)
{
    failures++;
    printf("# %s:%d: check failed: %s", file, line, expression);
    if (actual != expected)
        printf(" (got %#llx, expected %#llx)", (unsigned long long)actual,
               (unsigned long long)expected);
    printf("\n");
}

unsigned bench_failures(void)
{
    return failures;
}

a9n_descriptor_t bench_node_slot(unsigned index)
{
    return a9n_descriptor_child(scratch(BENCH_SLOT_NODE), BENCH_NODE_RADIX, index);
}

a9n_descriptor_t bench_root_space(void)
{
    return root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE);
}

void bench_begin(void)
{
    ipc_begin();
    bench_stamps_clear();
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NODE, BENCH_NODE_RADIX, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_NODE, 0),
                   A9N_OK);
    next_node_slot = 1u << (BENCH_NODE_RADIX - 1);
}

void bench_end(void)
{
    fixture_end();
}

void bench_link_tables(a9n_descriptor_t space, uint64_t address, uint64_t size_bits)
{
    for (unsigned pass = 0; pass < A9N_PAGE_TABLE_MAX_DEPTH; pass++) {
        uint64_t depth = 0;
        GUEST_CHECK_EQ(a9n_address_space_get_missing_depth(space, address, size_bits, &depth),
                       A9N_OK);
        if (depth == 0)
            return;
        unsigned slot = next_node_slot++;
        GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_PAGE_TABLE, depth, 1,
                                           scratch(BENCH_SLOT_NODE), slot, 0),
                       A9N_OK);
        GUEST_CHECK_EQ(a9n_page_table_map(bench_node_slot(slot), space, address), A9N_OK);
    }
}

a9n_descriptor_t bench_space_make(void)
{
    a9n_descriptor_t space = scratch(BENCH_SLOT_SPACE);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_ADDRESS_SPACE, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + BENCH_SLOT_SPACE,
                                       root_slot(A9N_ROOT_SLOT_IDENTIFIERS)),
                   A9N_OK);
    uint64_t read_only_end = ((uint64_t)(uintptr_t)__koito_fini_array_end + PAGE - 1) & ~(PAGE - 1);
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(info);
    for (unsigned i = 0; i < info->mapping_count; i++) {
        const struct a9n_root_mapping *m = &mappings[i];
        /* Device frames the kernel did not map (the framebuffer) have address 0. */
        if (m->type != A9N_OBJECT_FRAME || m->address == 0)
            continue;
        unsigned copy = next_node_slot++;
        GUEST_CHECK_EQ(a9n_node_copy(A9N_DESCRIPTOR_ROOT, bench_node_slot(copy), root_slot(m->slot),
                                     A9N_RIGHTS_ALL),
                       A9N_OK);
        a9n_rights_t rights = m->address < read_only_end ? A9N_RIGHT_READ | A9N_RIGHT_EXECUTE
                                                         : A9N_RIGHT_READ | A9N_RIGHT_WRITE;
        bench_link_tables(space, m->address, m->level);
        GUEST_CHECK_EQ(a9n_frame_map(bench_node_slot(copy), space, m->address, rights), A9N_OK);
    }
    GUEST_CHECK(next_node_slot <= 1u << BENCH_NODE_RADIX);
    return space;
}

a9n_descriptor_t bench_thread_start(unsigned i, void (*entry)(uint64_t), unsigned priority,
                                    a9n_descriptor_t address_space, a9n_descriptor_t resolver)
{
    a9n_descriptor_t thread = thread_make(i, i, entry, i, priority);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE), address_space,
                                        (uint64_t)(uintptr_t)helper_buffer(i), resolver),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
    return thread;
}

void bench_run(unsigned finishers)
{
    a9n_descriptor_t self = root_slot(A9N_ROOT_SLOT_THREAD);
    GUEST_CHECK_EQ(
        a9n_thread_set_priority(self, self, BENCH_PRIORITY_IDLE, A9N_THREAD_MAX_PRIORITY), A9N_OK);
    GUEST_CHECK_EQ(
        a9n_thread_set_priority(self, self, A9N_ROOT_THREAD_PRIORITY, A9N_THREAD_MAX_PRIORITY),
        A9N_OK);
    for (unsigned i = 0; i < finishers; i++)
        GUEST_CHECK_EQ(helper_report[i].done, 1);
}

/*
 * Host unit tests of the kernel's memory objects (a9n/kernel/vspace.c,
 * address_space.c, page_table.c, frame.c) over the fake HAL: depths and
 * frame sizes, every error of map, unmap and protect with nothing changed
 * after an error, the entries written, TLB flushes, and the lifetimes of
 * mapping records: unlinking above, deleting, destroying an address space
 * and reusing its identifier and memory.
 *
 * Root slots used: AS and AS2 address spaces, T1..T3 page tables of depth
 * 1..3 (U1..U3 the same for AS2), F frames, EMPTY never filled.
 *
 * Layer: host tests of the portable kernel core.
 */
#include "check.h"
#include "memory_fixture.h"

#include <string.h>

enum { AS = 1, AS2, T1, T2, T3, F4K, F2M, F1G, FCOPY, U1, U2, U3, FTHIRD, EMPTY = 15 };

#define BASE     UINT64_C(0x40000000) /* 1 GiB aligned */
#define FRAME_4K UINT64_C(0x100000000)
#define FRAME_2M UINT64_C(0x200000000)
#define FRAME_1G UINT64_C(0x400000000)
#define RW       (A9N_RIGHT_READ | A9N_RIGHT_WRITE)

static uint64_t missing_depth(struct memory_fixture *f, unsigned as, uint64_t address,
                              uint64_t size_bits)
{
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    CHECK_EQ(memory_call(f, as, A9N_ADDRESS_SPACE_GET_MISSING_DEPTH,
                         MEMORY_ARGS(address, size_bits), results),
             A9N_OK);
    return results[0];
}

static enum a9n_error frame_map(struct memory_fixture *f, unsigned frame, unsigned as,
                                uint64_t address, uint64_t rights)
{
    return memory_call(f, frame, A9N_FRAME_MAP, MEMORY_ARGS(memory_descriptor(as), address, rights),
                       0);
}

/* AS with tables of depth 1, 2 and 3 for BASE. */
static void tree_init(struct memory_fixture *f)
{
    memory_fixture_init(f);
    memory_make_address_space(f, AS);
    CHECK_EQ(memory_map_table(f, T1, 1, AS, BASE), A9N_OK);
    CHECK_EQ(memory_map_table(f, T2, 2, AS, BASE), A9N_OK);
    CHECK_EQ(memory_map_table(f, T3, 3, AS, BASE), A9N_OK);
}

static void test_frame_sizes(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    memory_make_address_space(&f, AS);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(memory_call(&f, AS, A9N_ADDRESS_SPACE_GET_FRAME_SIZES, MEMORY_ARGS(0), results),
             A9N_OK);
    CHECK_EQ(results[0], (1u << 12) | (1u << 21) | (UINT64_C(1) << 30));
    CHECK(frame_size_supported(30));
    fake_huge_pages = false;
    CHECK_EQ(memory_call(&f, AS, A9N_ADDRESS_SPACE_GET_FRAME_SIZES, MEMORY_ARGS(0), results),
             A9N_OK);
    CHECK_EQ(results[0], (1u << 12) | (1u << 21));
    CHECK(!frame_size_supported(30));
    CHECK(frame_size_supported(12) && frame_size_supported(21));
    CHECK(!frame_size_supported(13) && !frame_size_supported(39) && !frame_size_supported(0));
    CHECK(!frame_size_supported(UINT64_C(1) << 40));
    memory_fixture_fini(&f);
}

static void test_missing_depth(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    memory_make_address_space(&f, AS);
    CHECK_EQ(missing_depth(&f, AS, BASE, 12), 1);
    CHECK_EQ(missing_depth(&f, AS, BASE, 30), 1);
    CHECK_EQ(memory_map_table(&f, T1, 1, AS, BASE + 0x1234), A9N_OK);
    CHECK_EQ(missing_depth(&f, AS, BASE, 30), 0);
    CHECK_EQ(missing_depth(&f, AS, BASE, 21), 2);
    CHECK_EQ(missing_depth(&f, AS, BASE, 12), 2);
    CHECK_EQ(memory_map_table(&f, T2, 2, AS, BASE + 0x1234), A9N_OK);
    CHECK_EQ(missing_depth(&f, AS, BASE, 21), 0);
    CHECK_EQ(missing_depth(&f, AS, BASE, 12), 3);
    /* The same depth-1 table covers the next GiB's tables too, not its depth-2 one. */
    CHECK_EQ(missing_depth(&f, AS, BASE + (UINT64_C(1) << 30), 12), 2);
    CHECK_EQ(memory_map_table(&f, T3, 3, AS, BASE + 0x1234), A9N_OK);
    CHECK_EQ(missing_depth(&f, AS, BASE + 0xfff, 12), 0);
    CHECK_EQ(missing_depth(&f, AS, BASE + (UINT64_C(1) << 21), 12), 3);
    /* A 2 MiB frame where a depth-3 table would go: that table is missing. */
    memory_make_frame(&f, F2M, FRAME_2M, 21, false);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE + (UINT64_C(1) << 21), RW), A9N_OK);
    CHECK_EQ(missing_depth(&f, AS, BASE + (UINT64_C(1) << 21), 12), 3);
    uint64_t results[A9N_MESSAGE_REGISTERS];
    CHECK_EQ(
        memory_call(&f, AS, A9N_ADDRESS_SPACE_GET_MISSING_DEPTH, MEMORY_ARGS(BASE, 13), results),
        A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(memory_call(&f, AS, A9N_ADDRESS_SPACE_GET_MISSING_DEPTH,
                         MEMORY_ARGS(FAKE_USER_SPACE_END, 12), results),
             A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(memory_call(&f, AS, A9N_ADDRESS_SPACE_GET_MISSING_DEPTH, MEMORY_ARGS(~UINT64_C(0), 12),
                         results),
             A9N_ERROR_INVALID_ADDRESS);
    memory_fixture_fini(&f);
}

static void test_page_table_errors(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    memory_make_address_space(&f, AS);
    memory_make_page_table(&f, T2, 2);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    a9n_descriptor_t as = memory_descriptor(AS);
    uint64_t root = address_space_root(&memory_slot(&f, AS)->capability);
    uint8_t before[HAL_PAGE_SIZE];
    memcpy(before, (void *)(uintptr_t)root, sizeof(before));

    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, FAKE_USER_SPACE_END), 0),
             A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(
        memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, UINT64_C(0xffff800000000000)), 0),
        A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(
        memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(EMPTY), BASE), 0),
        A9N_ERROR_EMPTY_SLOT);
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(F4K), BASE), 0),
             A9N_ERROR_WRONG_TYPE);
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(A9N_DESCRIPTOR_INVALID, BASE), 0),
             A9N_ERROR_MALFORMED_DESCRIPTOR);
    memory_slot(&f, AS)->capability.rights = A9N_RIGHT_READ;
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, BASE), 0),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    memory_slot(&f, AS)->capability.rights = A9N_RIGHTS_ALL;
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, BASE), 0),
             A9N_ERROR_TABLE_MISSING);
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK(memcmp(before, (void *)(uintptr_t)root, sizeof(before)) == 0);
    CHECK_EQ(memory_slot(&f, T2)->capability.data, 0);

    CHECK_EQ(memory_map_table(&f, T1, 1, AS, BASE), A9N_OK);
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, BASE + 5), 0), A9N_OK);
    /* Already linked, even where it would fit. */
    CHECK_EQ(
        memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(as, BASE + (UINT64_C(1) << 30)), 0),
        A9N_ERROR_ALREADY_MAPPED);
    /* Another table where one is. */
    CHECK_EQ(memory_map_table(&f, T3, 2, AS, BASE + 0x7000), A9N_ERROR_MAPPING_PRESENT);
    CHECK_EQ(memory_map_table(&f, T3, 1, AS, BASE + 0x7000), A9N_ERROR_MAPPING_PRESENT);
    /* A table where a frame is, and below a frame. */
    memory_make_frame(&f, F2M, FRAME_2M, 21, false);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE + (UINT64_C(2) << 21), RW), A9N_OK);
    CHECK_EQ(memory_map_table(&f, T3, 3, AS, BASE + (UINT64_C(2) << 21)),
             A9N_ERROR_MAPPING_PRESENT);
    memory_make_frame(&f, F1G, FRAME_1G, 30, false);
    CHECK_EQ(frame_map(&f, F1G, AS, BASE + (UINT64_C(1) << 30), RW), A9N_OK);
    CHECK_EQ(memory_map_table(&f, T3, 3, AS, BASE + (UINT64_C(1) << 30)),
             A9N_ERROR_MAPPING_PRESENT);
    CHECK_EQ(memory_slot(&f, T3)->capability.data, 0);
    memory_fixture_fini(&f);
}

static void test_page_table_link_and_unlink(void)
{
    struct memory_fixture f;
    tree_init(&f);
    const struct capability *t3 = &memory_slot(&f, T3)->capability;
    hal_vspace_entry_t link = memory_entry(&f, AS, BASE, 2);
    CHECK_EQ(hal_vspace_entry_kind(link, 2), HAL_VSPACE_ENTRY_TABLE);
    CHECK_EQ(hal_vspace_entry_physical(link), t3->object);
    /* The record names the aligned region the table covers. */
    CHECK_EQ(address_space_record_address(t3), BASE);
    CHECK_EQ(address_space_record_root(t3), address_space_root(&memory_slot(&f, AS)->capability));

    unsigned flushes = fake_full_flushes;
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_UNMAP, MEMORY_ARGS(0), 0), A9N_OK);
    CHECK_EQ(fake_full_flushes, flushes + 1);
    CHECK_EQ(memory_entry(&f, AS, BASE, 2), 0);
    CHECK_EQ(t3->data, 0);
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);

    /* A table keeps nothing from an earlier place: it is emptied when linked. */
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_MAP,
                         MEMORY_ARGS(memory_descriptor(AS), BASE + 0x1000), 0),
             A9N_OK);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + 0x5000, RW), A9N_OK);
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_UNMAP, MEMORY_ARGS(0), 0), A9N_OK);
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(AS), BASE), 0),
             A9N_OK);
    CHECK_EQ(memory_entry(&f, AS, BASE + 0x5000, 3), 0);
    /* The frame's record went stale with the unlink: it maps nothing, and may map again. */
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + 0x6000, RW), A9N_OK);

    /* Deleting a linked table unlinks it. */
    flushes = fake_full_flushes;
    page_table_finalize(t3);
    CHECK_EQ(memory_entry(&f, AS, BASE, 2), 0);
    CHECK_EQ(fake_full_flushes, flushes + 1);
    memory_fixture_fini(&f);
}

static void test_frame_map_errors(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    memory_make_frame(&f, F2M, FRAME_2M, 21, false);
    uint64_t root = address_space_root(&memory_slot(&f, AS)->capability);
    uint64_t t3 = memory_slot(&f, T3)->capability.object;
    uint8_t root_before[HAL_PAGE_SIZE], t3_before[HAL_PAGE_SIZE];
    memcpy(root_before, (void *)(uintptr_t)root, HAL_PAGE_SIZE);
    memcpy(t3_before, (void *)(uintptr_t)t3, HAL_PAGE_SIZE);

    /* Rights: READ needed, nothing undefined, nothing beyond the capability's. */
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, 0), A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, A9N_RIGHT_WRITE), A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, A9N_RIGHT_READ | A9N_RIGHT_GRANT),
             A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, A9N_RIGHT_READ | A9N_RIGHT_PHYSICAL),
             A9N_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, A9N_RIGHT_READ | (UINT64_C(1) << 40)),
             A9N_ERROR_INVALID_ARGUMENT);
    memory_slot(&f, F4K)->capability.rights = A9N_RIGHT_READ;
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, A9N_RIGHT_READ | A9N_RIGHT_EXECUTE),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    memory_slot(&f, F4K)->capability.rights = RW | A9N_RIGHT_EXECUTE;
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW | A9N_RIGHT_EXECUTE), A9N_ERROR_INSUFFICIENT_RIGHTS);
    memory_slot(&f, F4K)->capability.rights = A9N_RIGHTS_ALL;
    /* Addresses. */
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + 0x800, RW), A9N_ERROR_MISALIGNED);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE + 0x1000, RW), A9N_ERROR_MISALIGNED);
    CHECK_EQ(frame_map(&f, F4K, AS, 0, RW), A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(frame_map(&f, F4K, AS, FAKE_USER_SPACE_END, RW), A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(frame_map(&f, F4K, AS, FAKE_USER_SPACE_END - 0x1000, RW), A9N_ERROR_TABLE_MISSING);
    CHECK_EQ(frame_map(&f, F4K, AS, UINT64_C(0xffff800000000000), RW), A9N_ERROR_INVALID_ADDRESS);
    CHECK_EQ(frame_map(&f, F4K, AS, UINT64_C(0xfffffffffffff000), RW), A9N_ERROR_INVALID_ADDRESS);
    /* The address space argument. */
    CHECK_EQ(frame_map(&f, F4K, EMPTY, BASE, RW), A9N_ERROR_EMPTY_SLOT);
    CHECK_EQ(frame_map(&f, F4K, F2M, BASE, RW), A9N_ERROR_WRONG_TYPE);
    memory_slot(&f, AS)->capability.rights = A9N_RIGHT_READ;
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_ERROR_INSUFFICIENT_RIGHTS);
    memory_slot(&f, AS)->capability.rights = A9N_RIGHTS_ALL;
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_MAP, MEMORY_ARGS(A9N_DESCRIPTOR_INVALID, BASE, RW), 0),
             A9N_ERROR_MALFORMED_DESCRIPTOR);
    /* Tables. */
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + (UINT64_C(1) << 21), RW), A9N_ERROR_TABLE_MISSING);
    CHECK_EQ(frame_map(&f, F4K, AS, UINT64_C(0x1000), RW), A9N_ERROR_TABLE_MISSING);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE, RW), A9N_ERROR_MAPPING_PRESENT);
    CHECK(memcmp(root_before, (void *)(uintptr_t)root, HAL_PAGE_SIZE) == 0);
    CHECK(memcmp(t3_before, (void *)(uintptr_t)t3, HAL_PAGE_SIZE) == 0);
    CHECK_EQ(memory_slot(&f, F4K)->capability.data, 0);

    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_OK);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + 0x1000, RW), A9N_ERROR_ALREADY_MAPPED);
    /* A copy starts unmapped, and cannot map over its original. */
    memory_slot(&f, FCOPY)->capability = memory_slot(&f, F4K)->capability;
    frame_derived(&memory_slot(&f, FCOPY)->capability);
    CHECK_EQ(memory_slot(&f, FCOPY)->capability.data, 0);
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE, RW), A9N_ERROR_MAPPING_PRESENT);
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE + 0x1000, A9N_RIGHT_READ), A9N_OK);
    memory_fixture_fini(&f);
}

static void test_frame_map_unmap_protect(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    memory_make_frame(&f, F2M, FRAME_2M, 21, true);
    memory_make_frame(&f, F1G, FRAME_1G, 30, false);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE + 0x3000, A9N_RIGHT_READ | A9N_RIGHT_EXECUTE), A9N_OK);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE + (UINT64_C(1) << 21), RW), A9N_OK);
    CHECK_EQ(frame_map(&f, F1G, AS, BASE + (UINT64_C(1) << 30), RW), A9N_OK);

    hal_vspace_entry_t entry = memory_entry(&f, AS, BASE + 0x3000, 3);
    CHECK_EQ(hal_vspace_entry_kind(entry, 3), HAL_VSPACE_ENTRY_FRAME);
    CHECK_EQ(hal_vspace_entry_physical(entry), FRAME_4K);
    CHECK_EQ(fake_entry_rights(entry), HAL_MAP_READ | HAL_MAP_EXECUTE);
    CHECK(!fake_entry_device(entry));
    entry = memory_entry(&f, AS, BASE + (UINT64_C(1) << 21), 2);
    CHECK_EQ(hal_vspace_entry_physical(entry), FRAME_2M);
    CHECK_EQ(fake_entry_rights(entry), HAL_MAP_READ | HAL_MAP_WRITE);
    CHECK(fake_entry_device(entry));
    entry = memory_entry(&f, AS, BASE + (UINT64_C(1) << 30), 1);
    CHECK_EQ(hal_vspace_entry_physical(entry), FRAME_1G);

    /* Protect: same rules as map; it needs a mapping. */
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(A9N_RIGHT_WRITE), 0),
             A9N_ERROR_INVALID_ARGUMENT);
    memory_slot(&f, F4K)->capability.rights = RW | A9N_RIGHT_EXECUTE;
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(RW | A9N_RIGHT_EXECUTE), 0),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    unsigned flushes = fake_entry_flushes;
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(RW), 0), A9N_OK);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE + 0x3000, 3)),
             HAL_MAP_READ | HAL_MAP_WRITE);
    memory_slot(&f, F4K)->capability.rights |= A9N_RIGHT_WRITE_EXECUTE;
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(RW | A9N_RIGHT_EXECUTE), 0),
             A9N_OK);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE + 0x3000, 3)), 7);

    /* Unmap, then nothing to unmap or protect. */
    flushes = fake_entry_flushes;
    CHECK_EQ(memory_call(&f, F2M, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_OK);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    CHECK_EQ(memory_entry(&f, AS, BASE + (UINT64_C(1) << 21), 2), 0);
    CHECK_EQ(memory_call(&f, F2M, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(memory_call(&f, F2M, A9N_FRAME_PROTECT, MEMORY_ARGS(A9N_RIGHT_READ), 0),
             A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(memory_slot(&f, F2M)->capability.data, 0);

    /* Deleting a mapped frame unmaps it; deleting an unmapped one touches nothing. */
    flushes = fake_entry_flushes;
    frame_finalize(&memory_slot(&f, F1G)->capability);
    CHECK_EQ(memory_entry(&f, AS, BASE + (UINT64_C(1) << 30), 1), 0);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    frame_finalize(&memory_slot(&f, F2M)->capability);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    memory_fixture_fini(&f);
}

static void test_physical_address(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    memory_make_frame(&f, F2M, FRAME_2M, 21, true);
    uint64_t results[A9N_MESSAGE_REGISTERS] = {0};
    /* A new frame does not carry the right. */
    CHECK(!(memory_slot(&f, F4K)->capability.rights & A9N_RIGHT_PHYSICAL));
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_GET_PHYSICAL_ADDRESS, MEMORY_ARGS(0), results),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(results[0], 0);
    memory_slot(&f, F4K)->capability.rights |= A9N_RIGHT_PHYSICAL;
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_GET_PHYSICAL_ADDRESS, MEMORY_ARGS(0), results), A9N_OK);
    CHECK_EQ(results[0], FRAME_4K);
    memory_slot(&f, F2M)->capability.rights = A9N_RIGHT_READ;
    CHECK_EQ(memory_call(&f, F2M, A9N_FRAME_GET_PHYSICAL_ADDRESS, MEMORY_ARGS(0), results), A9N_OK);
    CHECK_EQ(results[0], FRAME_2M);
    memory_fixture_fini(&f);
}

static void test_address_space_destroy(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_OK);
    struct capability as = memory_slot(&f, AS)->capability;
    uint64_t root = as.object;
    uint64_t free_before = address_space_free_in(1, address_space_identifier_count(), UINT64_MAX);
    CHECK(address_space_root(&as) == root);
    CHECK_EQ(address_space_header(&as)->type, A9N_OBJECT_ADDRESS_SPACE);

    unsigned flushes = fake_full_flushes;
    address_space_destroy(address_space_header(&as));
    memory_slot(&f, AS)->capability = (struct capability){0};
    CHECK_EQ(fake_full_flushes, flushes + 1);
    CHECK_EQ(address_space_free_in(1, address_space_identifier_count(), UINT64_MAX),
             free_before + 1);
    struct capability stale = {.type = A9N_OBJECT_FRAME};
    address_space_record_set(&stale, &as, BASE);
    CHECK_EQ(address_space_record_root(&stale), 0);
    const uint64_t *entries = (const uint64_t *)(uintptr_t)root;
    unsigned used = 0;
    for (unsigned i = 0; i < FAKE_KERNEL_INDEX; i++)
        used += entries[i] != 0;
    CHECK_EQ(used, 0);
    CHECK(fake_kernel_half_intact(root));

    /* The same identifier and the same memory make a new address space: the
     * old records name nothing in it. */
    memset((void *)(uintptr_t)root, 0, HAL_PAGE_SIZE);
    memory_slot(&f, AS2)->capability = memory_address_space(root);
    const struct capability *as2 = &memory_slot(&f, AS2)->capability;
    CHECK_EQ(as2->data & 0xfff, as.data & 0xfff);
    CHECK(as2->data != as.data);
    CHECK_EQ(memory_call(&f, T1, A9N_PAGE_TABLE_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(memory_call(&f, T1, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(AS2), BASE), 0),
             A9N_OK);
    CHECK_EQ(memory_call(&f, T2, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(AS2), BASE), 0),
             A9N_OK);
    CHECK_EQ(memory_call(&f, T3, A9N_PAGE_TABLE_MAP, MEMORY_ARGS(memory_descriptor(AS2), BASE), 0),
             A9N_OK);
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(frame_map(&f, F4K, AS2, BASE, RW), A9N_OK);
    memory_fixture_fini(&f);
}

static void test_identifiers_run_out(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    uint64_t available = address_space_free_in(1, address_space_identifier_count(), UINT64_MAX);
    CHECK_EQ(available, 4095);
    uint64_t root = memory_page(&f);
    struct capability last = {0};
    for (uint64_t i = 0; i < available; i++)
        last = memory_address_space(root);
    CHECK_EQ(address_space_free_in(1, address_space_identifier_count(), UINT64_MAX), 0);
    address_space_destroy(address_space_header(&last));
    CHECK_EQ(address_space_free_in(1, address_space_identifier_count(), UINT64_MAX), 1);
    struct capability again = memory_address_space(root);
    CHECK_EQ(again.data & 0xfff, last.data & 0xfff);
    CHECK_EQ(address_space_root(&again), root);
    CHECK_EQ(address_space_record_root(&last), 0);
    /* Give every identifier back: identifiers 1..4095 are taken, in order. */
    for (uint64_t identifier = 1; identifier <= available; identifier++) {
        struct capability named = {.type = A9N_OBJECT_ADDRESS_SPACE, .data = identifier};
        address_space_destroy(address_space_header(&named));
    }
    CHECK_EQ(address_space_free_in(1, address_space_identifier_count(), UINT64_MAX), available);
    memory_fixture_fini(&f);
}

/* One identifier made and destroyed 2^16 + 1 times (the free list hands the
 * lowest free identifier each time): a record made in its first life never names a
 * later one. A 16-bit generation would wrap and revive it. */
static void test_generation_never_wraps(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    uint64_t root = memory_page(&f);
    struct capability first = memory_address_space(root);
    struct capability stale = {.type = A9N_OBJECT_FRAME};
    address_space_record_set(&stale, &first, BASE);
    CHECK_EQ(address_space_record_root(&stale), root);
    CHECK_EQ(address_space_record_address(&stale), BASE);
    struct capability current = first;
    unsigned revived = 0;
    for (uint64_t cycle = 0; cycle <= UINT64_C(1) << 16; cycle++) {
        address_space_destroy(address_space_header(&current));
        current = memory_address_space(root);
        CHECK_EQ(current.data & 0xfff, first.data & 0xfff);
        revived += address_space_record_root(&stale) != 0;
    }
    CHECK_EQ(revived, 0);
    /* The live record of the current life still names it. */
    struct capability live = {.type = A9N_OBJECT_FRAME};
    address_space_record_set(&live, &current, BASE);
    CHECK_EQ(address_space_record_root(&live), root);
    address_space_destroy(address_space_header(&current));
    memory_fixture_fini(&f);
}

#define RX  (A9N_RIGHT_READ | A9N_RIGHT_EXECUTE)
#define RWX (RW | A9N_RIGHT_EXECUTE)

/* Put a copy of the frame capability in slot `from` into slot `to`, with `rights`. */
static void copy_frame(struct memory_fixture *f, unsigned to, unsigned from, uint8_t rights)
{
    memory_slot(f, to)->capability = memory_slot(f, from)->capability;
    memory_slot(f, to)->capability.rights &= rights;
    frame_derived(&memory_slot(f, to)->capability);
}

static const struct frame_state *counts_of(uint64_t physical)
{
    return frame_state_of(physical);
}

/* W^X per frame: without WRITE_EXECUTE, no capability of a frame maps it
 * writable while another maps it executable, in any address space. */
static void test_w_xor_x_across_copies(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_address_space(&f, AS2);
    CHECK_EQ(memory_map_table(&f, U1, 1, AS2, BASE), A9N_OK);
    CHECK_EQ(memory_map_table(&f, U2, 2, AS2, BASE), A9N_OK);
    CHECK_EQ(memory_map_table(&f, U3, 3, AS2, BASE), A9N_OK);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    memory_slot(&f, F4K)->capability.rights &= (uint8_t)~A9N_RIGHT_WRITE_EXECUTE;
    copy_frame(&f, FCOPY, F4K, A9N_RIGHTS_ALL);

    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->writable, 1);
    /* Executable elsewhere: refused in the other address space and in this one. */
    CHECK_EQ(frame_map(&f, FCOPY, AS2, BASE, RX), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE + 0x1000, RX), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(memory_entry(&f, AS2, BASE, 3), 0);
    CHECK_EQ(frame_map(&f, FCOPY, AS2, BASE, A9N_RIGHT_READ), A9N_OK);
    CHECK_EQ(memory_call(&f, FCOPY, A9N_FRAME_PROTECT, MEMORY_ARGS(RX), 0),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS2, BASE, 3)), HAL_MAP_READ);
    /* The writer lets go: now the copy may execute, and the first may not write. */
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(A9N_RIGHT_READ), 0), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->writable, 0);
    CHECK_EQ(memory_call(&f, FCOPY, A9N_FRAME_PROTECT, MEMORY_ARGS(RX), 0), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->executable, 1);
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(RW), 0),
             A9N_ERROR_INSUFFICIENT_RIGHTS);
    /* A third copy, with WRITE_EXECUTE, is allowed what the others are not. */
    copy_frame(&f, FTHIRD, F4K, A9N_RIGHTS_ALL);
    memory_slot(&f, FTHIRD)->capability.rights |= A9N_RIGHT_WRITE_EXECUTE;
    CHECK_EQ(frame_map(&f, FTHIRD, AS, BASE + 0x2000, RW), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->writable, 1);
    /* Deleting it (finalize) takes its mapping out of the counts. */
    frame_finalize(&memory_slot(&f, FTHIRD)->capability);
    memory_slot(&f, FTHIRD)->capability = (struct capability){0};
    CHECK_EQ(counts_of(FRAME_4K)->writable, 0);
    CHECK_EQ(memory_call(&f, FCOPY, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->executable, 0);
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_PROTECT, MEMORY_ARGS(RW), 0), A9N_OK);

    /* A record whose address space is gone still counts until it is unmapped. */
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_OK);
    CHECK_EQ(frame_map(&f, F4K, AS2, BASE, RX), A9N_OK);
    struct capability as2 = memory_slot(&f, AS2)->capability;
    address_space_destroy(address_space_header(&as2));
    memory_slot(&f, AS2)->capability = (struct capability){0};
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE, RW), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);
    CHECK_EQ(counts_of(FRAME_4K)->executable, 0);
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE, RW), A9N_OK);
    memory_fixture_fini(&f);
}

/* Demoting a capability narrows its live mapping to its new rights. */
static void test_demote_narrows_mapping(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, false);
    struct capability *frame = &memory_slot(&f, F4K)->capability;
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RWX), A9N_OK);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE, 3)), 7);

    /* Without WRITE_EXECUTE: the code stays runnable, no longer writable. */
    unsigned flushes = fake_entry_flushes;
    frame->rights &= (uint8_t)~A9N_RIGHT_WRITE_EXECUTE;
    frame_demoted(frame);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE, 3)), HAL_MAP_READ | HAL_MAP_EXECUTE);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    CHECK_EQ(counts_of(FRAME_4K)->writable, 0);
    CHECK_EQ(counts_of(FRAME_4K)->executable, 1);
    /* Rights it does not use change nothing. */
    frame->rights &= (uint8_t)~A9N_RIGHT_WRITE;
    frame_demoted(frame);
    CHECK_EQ(fake_entry_flushes, flushes + 1);
    /* Losing EXECUTE leaves it read-only. */
    frame->rights &= (uint8_t)~A9N_RIGHT_EXECUTE;
    frame_demoted(frame);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE, 3)), HAL_MAP_READ);
    CHECK_EQ(counts_of(FRAME_4K)->executable, 0);
    /* Losing READ unmaps it. */
    frame->rights = A9N_RIGHT_WRITE;
    frame_demoted(frame);
    CHECK_EQ(memory_entry(&f, AS, BASE, 3), 0);
    CHECK_EQ(frame->data, 0);
    CHECK_EQ(memory_call(&f, F4K, A9N_FRAME_UNMAP, MEMORY_ARGS(0), 0), A9N_ERROR_NOT_MAPPED);

    /* A capability that lost WRITE_EXECUTE while another maps the frame
     * executable loses its writable mapping. */
    memory_make_frame(&f, F2M, FRAME_2M, 21, false);
    memory_slot(&f, F2M)->capability.object = FRAME_4K + 0x1000;
    memory_slot(&f, F2M)->capability.size_bits = 12;
    struct capability *writer = &memory_slot(&f, F2M)->capability;
    copy_frame(&f, FCOPY, F2M, A9N_RIGHTS_ALL);
    CHECK_EQ(frame_map(&f, F2M, AS, BASE + 0x1000, RW), A9N_OK);
    CHECK_EQ(frame_map(&f, FCOPY, AS, BASE + 0x2000, RX), A9N_OK);
    writer->rights &= (uint8_t)~A9N_RIGHT_WRITE_EXECUTE;
    frame_demoted(writer);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE + 0x1000, 3)), HAL_MAP_READ);
    CHECK_EQ(fake_entry_rights(memory_entry(&f, AS, BASE + 0x2000, 3)),
             HAL_MAP_READ | HAL_MAP_EXECUTE);
    CHECK_EQ(counts_of(FRAME_4K + 0x1000)->writable, 0);
    memory_fixture_fini(&f);
}

/* Device frames are never executable. */
static void test_device_frames_not_executable(void)
{
    struct memory_fixture f;
    tree_init(&f);
    memory_make_frame(&f, F4K, FRAME_4K, 12, true);
    CHECK(!(memory_slot(&f, F4K)->capability.rights & A9N_RIGHT_EXECUTE));
    CHECK(!(memory_slot(&f, F4K)->capability.rights & A9N_RIGHT_WRITE_EXECUTE));
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RX), A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(frame_map(&f, F4K, AS, BASE, RW), A9N_OK);
    CHECK_EQ(counts_of(FRAME_4K)->writable, 0);
    memory_fixture_fini(&f);
}

/* A pool's range: identifiers are taken lowest first from it alone, and
 * the count of free ones may stop early. */
static void test_identifier_ranges(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    uint64_t root = memory_page(&f);
    CHECK_EQ(address_space_free_in(100, 2, UINT64_MAX), 2);
    CHECK_EQ(address_space_free_in(1, address_space_identifier_count(), 3), 3);
    uint64_t cursor = 100;
    struct capability a = address_space_create(root, &cursor, 102);
    struct capability b = address_space_create(root, &cursor, 102);
    CHECK_EQ(a.data & 0xfff, 100);
    CHECK_EQ(b.data & 0xfff, 101);
    CHECK_EQ(address_space_free_in(100, 2, UINT64_MAX), 0);
    CHECK_EQ(address_space_free_in(99, 4, UINT64_MAX), 2);
    address_space_destroy(address_space_header(&a));
    CHECK_EQ(address_space_free_in(100, 2, UINT64_MAX), 1);
    cursor = 100;
    struct capability again = address_space_create(root, &cursor, 102);
    CHECK_EQ(again.data & 0xfff, 100);
    CHECK(again.data != a.data);
    address_space_destroy(address_space_header(&again));
    address_space_destroy(address_space_header(&b));
    memory_fixture_fini(&f);
}

/* Processor time charged to an address space adds up, and an identifier used
 * again starts a new address space at zero. */
static void test_address_space_cpu_time(void)
{
    struct memory_fixture f;
    memory_fixture_init(&f);
    uint64_t root = memory_page(&f);
    uint64_t cursor = 100;
    struct capability a = address_space_create(root, &cursor, 101);
    CHECK_EQ(address_space_cpu_cycles(&a), 0);
    address_space_charge(&a, 40);
    address_space_charge(&a, 2);
    CHECK_EQ(address_space_cpu_cycles(&a), 42);
    uint64_t results[1] = {0};
    CHECK_EQ(address_space_invoke(&(struct slot){.capability = a}, A9N_ADDRESS_SPACE_GET_CPU_TIME,
                                  results, results),
             A9N_OK);
    CHECK_EQ(results[0], 42);
    address_space_destroy(address_space_header(&a));
    cursor = 100;
    struct capability again = address_space_create(root, &cursor, 101);
    CHECK_EQ(address_space_cpu_cycles(&again), 0);
    address_space_destroy(address_space_header(&again));
    memory_fixture_fini(&f);
}

int main(void)
{
    test_frame_sizes();
    test_missing_depth();
    test_page_table_errors();
    test_page_table_link_and_unlink();
    test_frame_map_errors();
    test_frame_map_unmap_protect();
    test_physical_address();
    test_address_space_destroy();
    test_identifiers_run_out();
    test_generation_never_wraps();
    test_identifier_ranges();
    test_address_space_cpu_time();
    test_w_xor_x_across_copies();
    test_demote_narrows_mapping();
    test_device_frames_not_executable();
    return check_summary();
}

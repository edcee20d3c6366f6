/*
 * Capability-suite tests of the init protocol's memory: the capabilities of
 * the root server's own frames and page tables, the initrd mapping, and
 * taking boot memory back as generic memory.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>
#include <koito/boot.h>
#include <string.h>

void test_root_mappings(void)
{
    fixture_begin();
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(info);
    GUEST_CHECK(info->mapping_count > 0);
    unsigned frames = 0, tables = 0, boot_info_frames = 0;
    uint64_t previous = 0;
    for (unsigned i = 0; i < info->mapping_count; i++) {
        GUEST_CHECK_EQ(slot_type(root_slot(mappings[i].slot)), mappings[i].type);
        /* Mapped ones ascend; device frames (address 0) come last, unmapped. */
        GUEST_CHECK(mappings[i].address >= previous || mappings[i].address == 0);
        if (mappings[i].address)
            previous = mappings[i].address;
        if (mappings[i].type == A9N_OBJECT_FRAME) {
            frames++;
            GUEST_CHECK_EQ(mappings[i].level, 12);
            boot_info_frames += mappings[i].address == (uint64_t)(uintptr_t)koito_boot_info();
        } else {
            tables++;
            GUEST_CHECK(mappings[i].level >= 1 && mappings[i].level <= A9N_PAGE_TABLE_MAX_DEPTH);
        }
    }
    GUEST_CHECK(frames > 16 && tables >= 3);
    GUEST_CHECK_EQ(boot_info_frames, 1);
    /* A boot frame capability is mapped already; a page table's cannot be copied. */
    for (unsigned i = 0; i < info->mapping_count; i++) {
        if (mappings[i].type != A9N_OBJECT_FRAME ||
            mappings[i].address != (uint64_t)(uintptr_t)koito_boot_info())
            continue;
        GUEST_CHECK_EQ(a9n_frame_map(root_slot(mappings[i].slot),
                                     root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE), 0x200000000000ull,
                                     A9N_RIGHT_READ),
                       A9N_ERROR_ALREADY_MAPPED);
    }
    GUEST_CHECK_EQ(
        a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(0), root_slot(mappings[0].slot), A9N_RIGHTS_ALL),
        mappings[0].type == A9N_OBJECT_PAGE_TABLE ? A9N_ERROR_NOT_DERIVABLE : A9N_OK);
    fixture_end();
}

/* Was the generic in use by boot mappings when the root server started? */
static int is_reclaimable(const struct a9n_root_generic *g)
{
    return (g->flags & A9N_ROOT_GENERIC_RECLAIMABLE) != 0;
}

void test_initrd_and_reclaim(void)
{
    fixture_begin();
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_boot_info *boot = koito_boot_info();
    GUEST_CHECK(info->initrd_address != 0);
    GUEST_CHECK_EQ(info->initrd_size, boot->initrd.size);
    /* The initrd is a cpio newc archive, readable where the root info says. */
    GUEST_CHECK_EQ(memcmp((const void *)(uintptr_t)info->initrd_address, "070701", 6), 0);

    /* Deleting the initrd's frames gives its memory back: some reclaimable
     * generic becomes free and converts again. */
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(info);
    uint64_t first_page = info->initrd_address & ~UINT64_C(0xfff);
    uint64_t end = info->initrd_address + info->initrd_size;
    unsigned deleted = 0;
    for (unsigned i = 0; i < info->mapping_count; i++) {
        if (mappings[i].type == A9N_OBJECT_FRAME && mappings[i].address >= first_page &&
            mappings[i].address < end) {
            GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, root_slot(mappings[i].slot)),
                           A9N_OK);
            deleted++;
        }
    }
    GUEST_CHECK(deleted > 0);
    const struct a9n_root_generic *generics = a9n_root_info_generics(info);
    unsigned reclaimed = 0;
    for (unsigned i = 0; i < info->generic_count; i++) {
        if (!is_reclaimable(&generics[i]))
            continue;
        a9n_descriptor_t g = root_slot(generics[i].slot);
        uint64_t size = UINT64_C(1) << generics[i].size_bits;
        if (generic_free(g) != size)
            continue;
        reclaimed++;
        GUEST_CHECK_EQ(a9n_generic_convert(g, A9N_OBJECT_NODE, 4, 1, A9N_DESCRIPTOR_ROOT,
                                           fixture_scratch + 1, 0),
                       A9N_OK);
        GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(1)), A9N_OK);
    }
    GUEST_CHECK(reclaimed > 0);
    fixture_end();
}

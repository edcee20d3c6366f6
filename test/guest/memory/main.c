/*
 * The memory suite: in-guest tests of address spaces, page tables and
 * frames through real kernel calls, run as the root program of a PVH boot.
 * Mappings are made in new address spaces that no thread runs in, so these
 * tests see the tree through get_missing_depth and the errors of map.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"convert memory objects", test_convert_memory_objects},
    {"frame sizes", test_frame_sizes},
    {"missing depth follows the tables", test_missing_depth},
    {"map and unmap each frame size", test_map_and_unmap_each_size},
    {"map a 1 GiB frame", test_map_1gib_frame},
    {"frame map errors", test_frame_map_errors},
    {"frame rights", test_frame_rights},
    {"page table errors", test_page_table_errors},
    {"physical address", test_physical_address},
    {"kernel objects cannot be mapped", test_kernel_objects_cannot_be_mapped},
    {"copies map separately", test_copies_map_separately},
    {"deleting a frame unmaps it", test_deleting_a_frame_unmaps_it},
    {"deleting a page table unlinks it", test_deleting_a_page_table_unlinks_it},
    {"deleting an address space", test_deleting_an_address_space},
    {"revoke tears down address spaces", test_revoke_tears_down_address_spaces},
    {"conversion keeps W^X", test_conversion_keeps_w_xor_x},
    {"W^X across mappings and address spaces", test_w_xor_x_across_mappings},
    {"demote narrows a live mapping", test_demote_narrows_mapping},
    {"address spaces made by many holders from their own pools", test_identifier_pools},
};

int main(void)
{
    return guest_test_run("memory", tests, sizeof(tests) / sizeof(tests[0]));
}

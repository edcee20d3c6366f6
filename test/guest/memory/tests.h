/*
 * The tests of the memory suite, one group per file.
 */
#ifndef KOITO_GUEST_MEMORY_TESTS_H
#define KOITO_GUEST_MEMORY_TESTS_H

void test_convert_memory_objects(void);
void test_frame_sizes(void);
void test_missing_depth(void);
void test_map_and_unmap_each_size(void);
void test_map_1gib_frame(void);
void test_frame_map_errors(void);
void test_frame_rights(void);
void test_page_table_errors(void);
void test_physical_address(void);
void test_kernel_objects_cannot_be_mapped(void);
void test_copies_map_separately(void);
void test_deleting_a_frame_unmaps_it(void);
void test_deleting_a_page_table_unlinks_it(void);
void test_deleting_an_address_space(void);
void test_revoke_tears_down_address_spaces(void);
void test_conversion_keeps_w_xor_x(void);
void test_w_xor_x_across_mappings(void);
void test_demote_narrows_mapping(void);
void test_identifier_pools(void);

#endif

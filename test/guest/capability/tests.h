/*
 * The tests of the capability suite, one group per file.
 */
#ifndef KOITO_GUEST_CAPABILITY_TESTS_H
#define KOITO_GUEST_CAPABILITY_TESTS_H

void test_root_info(void);
void test_lookup_errors(void);
void test_nested_nodes(void);
void test_copy_and_demote_narrow_rights(void);
void test_node_argument_errors(void);
void test_rights_are_enforced(void);
void test_move(void);
void test_convert_nodes(void);
void test_convert_is_atomic(void);
void test_convert_errors(void);
void test_child_generics(void);
void test_memory_is_reused_only_when_free(void);
void test_revoke_removes_every_descendant(void);
void test_delete_keeps_descendants(void);
void test_last_capability_destroys_node(void);
void test_node_holding_itself(void);
void test_hostile_calls(void);
void test_root_mappings(void);
void test_initrd_and_reclaim(void);

#endif

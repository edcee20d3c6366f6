/*
 * The tests of the ULMM suite (memory_tests.c, session_tests.c).
 */
#ifndef KOITO_GUEST_ULMM_TESTS_H
#define KOITO_GUEST_ULMM_TESTS_H

void test_eager_map_zero_and_usable(void);
void test_lazy_pages_resolved_zero(void);
void test_protect_takes_effect(void);
void test_unbacked_fault_forwarded(void);
void test_shared_memory_seen_by_both_mappings(void);
void test_no_physical_addresses(void);
void test_capability_room_grows(void);
void test_quota_exhausted_and_returned(void);
void test_foreign_forged_replayed_refused(void);
void test_kernel_objects_for_client(void);
void test_garbage_requests_survived(void);
void test_libc_pages_from_session(void);

#endif

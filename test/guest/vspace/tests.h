/*
 * The tests of the vspace suite, one group per file.
 */
#ifndef KOITO_GUEST_VSPACE_TESTS_H
#define KOITO_GUEST_VSPACE_TESTS_H

void test_program_in_second_address_space(void);
void test_revoke_tears_down(void);
void test_page_fault_4kib(void);
void test_page_fault_2mib(void);
void test_protect_then_write_faults(void);
void test_deleted_frame_faults(void);
void test_unknown_call_emulated(void);

#endif

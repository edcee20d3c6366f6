/*
 * Tests of the cpu suite.
 */
#ifndef KOITO_GUEST_CPU_TESTS_H
#define KOITO_GUEST_CPU_TESTS_H

void test_nt_then_iretq(void);
void test_random_user_state(void);
void test_shared_tls_base(void);
void test_extended_state_isolation(void);
void test_avx2_code(void);
void test_extended_state_across_address_spaces(void);

#endif

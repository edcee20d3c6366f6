/* The libc-core suite's tests (in-guest tests of KOITO-libc's portable core). */
#ifndef KOITO_GUEST_LIBC_CORE_TESTS_H
#define KOITO_GUEST_LIBC_CORE_TESTS_H

void test_string_vectors(void);
void test_string_searches(void);
void test_strto(void);
void test_qsort(void);
void test_formatting(void);
void test_setjmp(void);
void test_signals(void);
void test_time(void);
void test_utf8(void);
void test_getopt(void);
void test_messages(void);
void test_stream_locks(void);

#endif

/*
 * The tests of the services suite, one group per file; helpers in
 * services.h.
 */
#ifndef KOITO_GUEST_SERVICES_TESTS_H
#define KOITO_GUEST_SERVICES_TESTS_H

void test_names_register_lookup(void);
void test_names_lookup_errors(void);
void test_names_register_errors(void);
void test_names_unregister(void);
void test_names_rights(void);
void test_names_namespaces(void);
void test_names_derive(void);
void test_names_malformed(void);
void test_names_refused_reply(void);
void test_names_dead_registrant(void);
void test_server_loop_notification(void);
void test_console_write_lines(void);
void test_console_concurrent_writers(void);
void test_console_errors(void);
void test_console_read_lines(void);

#endif

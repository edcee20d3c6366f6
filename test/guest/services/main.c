/*
 * The services suite: the name service and the console server, run as
 * threads of this program from their own sources (koito/names,
 * koito/console), tested through their protocols as a program would use
 * them, with line input typed on QEMU's serial console by the test script.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"names: register and lookup", test_names_register_lookup},
    {"names: lookup errors", test_names_lookup_errors},
    {"names: register errors and a full table", test_names_register_errors},
    {"names: unregister", test_names_unregister},
    {"names: rights in the badge", test_names_rights},
    {"names: namespaces", test_names_namespaces},
    {"names: derive", test_names_derive},
    {"names: malformed requests", test_names_malformed},
    {"names: a reply the kernel refuses", test_names_refused_reply},
    {"names: the name of a dead server is free again", test_names_dead_registrant},
    {"server loop: a bound notification reaches its handler", test_server_loop_notification},
    {"console: lines of two clients, flush, long write", test_console_write_lines},
    {"console: two writer threads, lines whole", test_console_concurrent_writers},
    {"console: errors", test_console_errors},
    {"console: line input with echo and editing, then raw mode", test_console_read_lines},
};

int main(void)
{
    return guest_test_run("services", tests, sizeof(tests) / sizeof(tests[0]));
}

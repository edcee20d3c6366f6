# Ports tests (included from test/CMakeLists.txt in the host superbuild).
#
#   ports.build   install the SDK to a fresh prefix, then fetch (cached in
#                 the build tree) and build every port of examples/ports
#                 against it: lua, zlib, sqlite3, cmark, hello (GNU hello,
#                 Autotools: configure --host=x86_64-koito-elf); leaves the
#                 SDK and the builds in <build>/ports-out
#   ports.run     boots each port's sample workload in the guest and checks
#                 its output (run-test.sh); a workload stopped by what the
#                 guest does not give programs yet (malloc's pages, files)
#                 counts as blocked, and the test then reports itself
#                 skipped, naming each and the line that stopped it
#
# An SDK whose linker script refuses thread-local storage (as before the
# process model's TLS runtime; libc's malloc keeps a per-thread cache) links
# no program that calls malloc: a port whose only error is that refusal
# counts as blocked, and the test then reports itself skipped instead of
# failing for a reason outside the ports (any other error still fails it).
add_test(NAME ports.build
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/ports-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
            ${CMAKE_BINARY_DIR}/ports-cache ${CMAKE_BINARY_DIR}/ports-out)
set_tests_properties(ports.build PROPERTIES
    LABELS ports
    TIMEOUT 900
    FIXTURES_SETUP ports
    SKIP_REGULAR_EXPRESSION "ports.build skipped: ")

add_test(NAME ports.run
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-test.sh ${CMAKE_BINARY_DIR}/ports-out/sdk
            ${CMAKE_BINARY_DIR}/ports-out/work ${PROJECT_SOURCE_DIR})
set_tests_properties(ports.run PROPERTIES
    LABELS ports
    TIMEOUT 600
    FIXTURES_REQUIRED ports
    RESOURCE_LOCK koito-qemu
    SKIP_REGULAR_EXPRESSION "ports.run skipped: ")

# Ports tests (included from test/CMakeLists.txt in the host superbuild).
#
#   ports.build   install the SDK to a fresh prefix, then fetch (cached in
#                 the build tree) and build every port of examples/ports
#                 against it: lua, zlib, sqlite3, cmark
#
# An SDK whose linker script refuses thread-local storage (as before the
# process model's TLS runtime; libc's malloc keeps a per-thread cache) links
# no program that calls malloc: a port whose only error is that refusal
# counts as blocked, and the test then reports itself skipped instead of
# failing for a reason outside the ports (any other error still fails it).
add_test(NAME ports.build
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/ports-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
            ${CMAKE_BINARY_DIR}/ports-cache)
set_tests_properties(ports.build PROPERTIES
    LABELS ports
    TIMEOUT 600
    SKIP_REGULAR_EXPRESSION "ports.build skipped: ")

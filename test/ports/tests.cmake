# Ports tests (included from test/CMakeLists.txt in the host superbuild).
#
#   ports.build   install the SDK to a fresh prefix, then fetch (cached in
#                 the build tree) and build every port of examples/ports
#                 against it: lua, zlib, sqlite3, cmark
#
# Until KOITO programs may use thread-local storage (the process model's
# TLS runtime; libc's malloc keeps a per-thread cache), no program that
# calls malloc links: a port whose only error is the linker script's refusal
# of TLS counts as blocked, and the test then reports itself skipped instead
# of failing for a reason outside the ports (any other error still fails it).
add_test(NAME ports.build
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/ports-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
            ${CMAKE_BINARY_DIR}/ports-cache)
set_tests_properties(ports.build PROPERTIES
    LABELS ports
    TIMEOUT 600
    SKIP_REGULAR_EXPRESSION "ports.build skipped: ")

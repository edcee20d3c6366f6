# Ports tests (included from test/CMakeLists.txt in the host superbuild).
#
#   ports.build      install the SDK to a fresh prefix, then fetch (cached in
#                    the build tree) and build the ports with Make, configure
#                    scripts and CMake: lua, zlib, sqlite3, cmark; leaves the
#                    SDK and the builds in <build>/ports-out
#   ports.autotools  the same for GNU hello, an Autotools package built with
#                    configure --host=x86_64-koito-elf; <build>/ports-out-autotools
#   ports.run        boots each port's sample workload in the guest and checks
#                    its output (run-test.sh)
#
# A port stopped by a gap of the SDK (a linker script that refuses
# thread-local storage; KOITO-libc's missing wprintf), or a workload stopped
# by what the guest does not give programs yet (malloc's pages, files),
# counts as blocked: the test then reports itself skipped and names each and
# why. Any other error fails it.
set(ports_out ${CMAKE_BINARY_DIR}/ports-out)
set(ports_autotools_out ${CMAKE_BINARY_DIR}/ports-out-autotools)

add_test(NAME ports.build
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/ports-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
            ${CMAKE_BINARY_DIR}/ports-cache ${ports_out} lua zlib sqlite3 cmark)
add_test(NAME ports.autotools
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/ports-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
            ${CMAKE_BINARY_DIR}/ports-cache ${ports_autotools_out} hello)
set_tests_properties(ports.build ports.autotools PROPERTIES
    LABELS ports
    TIMEOUT 1200
    SKIP_REGULAR_EXPRESSION "ports skipped: ")
set_tests_properties(ports.build PROPERTIES FIXTURES_SETUP ports)
# Both fetch through the same private apt state in the cache.
set_tests_properties(ports.autotools PROPERTIES FIXTURES_SETUP ports-autotools
    RESOURCE_LOCK koito-ports-cache)
set_tests_properties(ports.build PROPERTIES RESOURCE_LOCK koito-ports-cache)

add_test(NAME ports.run
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-test.sh ${ports_out}/sdk ${ports_out}/work
            ${PROJECT_SOURCE_DIR} ${ports_autotools_out}/work)
set_tests_properties(ports.run PROPERTIES
    LABELS ports
    TIMEOUT 600
    FIXTURES_REQUIRED "ports;ports-autotools"
    RESOURCE_LOCK koito-qemu
    SKIP_REGULAR_EXPRESSION "ports.run skipped: ")

# ports.shell: the ported programs typed at koito-sh's prompt in the default
# system (shell-test.sh, shell-session.txt): lua, sqlite3, cmark, minigzip,
# zlib's own test program and GNU hello, as `./dev.sh demo` offers them.
add_test(NAME ports.shell
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/shell-test.sh ${ports_out}/sdk ${CMAKE_BINARY_DIR}/ports-cache
            ${PROJECT_SOURCE_DIR} ${ports_out}/work ${ports_autotools_out}/work)
set_tests_properties(ports.shell PROPERTIES
    LABELS ports
    TIMEOUT 600
    FIXTURES_REQUIRED "ports;ports-autotools"
    RESOURCE_LOCK koito-qemu
    SKIP_REGULAR_EXPRESSION "ports.shell skipped: ")

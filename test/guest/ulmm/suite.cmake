# The ULMM suite: the ULMM server runs in a thread of the test program (the
# process model that will run it as a process of its own is KOITO init's),
# with a child generic of the test's memory, and the tests talk to it through
# ULMMI's generated client stubs, as every process does. The server's sources
# are compiled in (ulmm/server/sources.cmake); the C library's page functions
# on ULMMI are libc's own (libc/src/koito), pointed at the test's session.
include(${CMAKE_CURRENT_LIST_DIR}/../../../ulmm/server/sources.cmake)
koito_guest_suite(ulmm-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/ulmm_fixture.c
        ${CMAKE_CURRENT_LIST_DIR}/memory_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/session_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/libc_port_tests.c
        ${ULMM_SERVER_SOURCES})
target_include_directories(ulmm-suite PRIVATE ${ULMM_SERVER_INCLUDES})
target_link_libraries(ulmm-suite PRIVATE Koito::koito)

# The kernel suite: kernel calls, the root server's start state, context switching,
# I/O port access (helper threads and memory from the shared framework).
koito_guest_suite(kernel-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/boot_info_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/debug_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/kernel_call_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/register_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/io_port_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/registers.S)

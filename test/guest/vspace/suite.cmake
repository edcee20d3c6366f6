# The vspace suite: threads in address spaces built from generic memory,
# page faults resolved by the root server, and the kernel calls a resolver
# emulates. It shares the capability suite's fixture, the thread suite's
# thread maker and the IPC suite's helper threads.
koito_guest_suite(vspace-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/vspace.c
        ${CMAKE_CURRENT_LIST_DIR}/program.S
        ${CMAKE_CURRENT_LIST_DIR}/space_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/fault_tests.c)

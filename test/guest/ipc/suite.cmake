# The IPC suite: IPC ports, notification ports and the order IPC runs
# threads in, between threads of the root server (thread helpers from the
# thread suite, memory from the capability suite's fixture).
koito_guest_suite(ipc-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/port_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/notification_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/schedule_tests.c)

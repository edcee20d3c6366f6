# The IPC suite: IPC ports and notification ports between threads of the
# root server (thread helpers from the thread suite, memory from the
# capability suite's fixture).
koito_add_app(ipc-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/helpers.c
        ${CMAKE_CURRENT_LIST_DIR}/port_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/notification_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/../thread/threads.c
        ${CMAKE_CURRENT_LIST_DIR}/../capability/fixture.c
    LIBRARIES guest-test-framework)
target_compile_options(ipc-suite PRIVATE -Werror)

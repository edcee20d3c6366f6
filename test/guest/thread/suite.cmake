# The thread suite: process-control objects and the scheduler.
koito_add_app(thread-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/threads.c
        ${CMAKE_CURRENT_LIST_DIR}/thread_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/../capability/fixture.c
    LIBRARIES guest-test-framework)
target_compile_options(thread-suite PRIVATE -Werror)

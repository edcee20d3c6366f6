# The thread suite: thread objects and the scheduler.
koito_guest_suite(thread-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/thread_tests.c)

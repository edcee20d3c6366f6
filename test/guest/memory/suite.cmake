# The memory suite: address spaces, page tables and frames. It shares the
# capability suite's fixture (the root server's slots, the test generic).
koito_guest_suite(memory-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/memory.c
        ${CMAKE_CURRENT_LIST_DIR}/map_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/lifetime_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/w_xor_x_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/identifier_pool_tests.c)

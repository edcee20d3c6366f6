# The memory suite: address spaces, page tables and frames. It shares the
# capability suite's fixture (the root server's slots, the test generic).
koito_add_app(memory-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/memory.c
        ${CMAKE_CURRENT_LIST_DIR}/map_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/lifetime_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/../capability/fixture.c
    LIBRARIES guest-test-framework)
target_include_directories(memory-suite PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../capability)
target_compile_options(memory-suite PRIVATE -Werror)

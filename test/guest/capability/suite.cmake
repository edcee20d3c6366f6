# The capability suite: nodes, descriptors, generics, derivation, rights, revocation.
koito_guest_suite(capability-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/node_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/generic_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/lifetime_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/boot_memory_tests.c)

# The cpu suite: user CPU state (flags, selectors, FS base, extended registers).
koito_guest_suite(cpu-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/flags_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/state_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/cpu_ops.S)

# The hostile suite: random capability calls on every object type with
# random CPU state (cpu_state.c), random selector loads under a resolver
# (selector_faults.c), and an
# IPC storm between helper threads (helpers from the IPC suite).
koito_guest_suite(hostile-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/cpu_state.c
        ${CMAKE_CURRENT_LIST_DIR}/selector_faults.c
        ${CMAKE_CURRENT_LIST_DIR}/ipc_storm.c)

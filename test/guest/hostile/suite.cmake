# The hostile suite: random capability calls on every object type, and an
# IPC storm between helper threads (helpers from the IPC suite).
koito_guest_suite(hostile-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/ipc_storm.c)

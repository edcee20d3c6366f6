# The device suite: device frames as mappings and as IPC buffers (OVMF boot).
koito_guest_suite(device-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/device_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/../vspace/vspace.c
        ${CMAKE_CURRENT_LIST_DIR}/../vspace/program.S)

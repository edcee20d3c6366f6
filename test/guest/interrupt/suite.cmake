# The interrupt suite: interrupt regions and ports, I/O port capabilities,
# and the KOITO serial console driver (built from its own sources, so the
# test runs the driver's code). It shares the capability suite's fixture.
set(interrupt_suite_driver ${CMAKE_CURRENT_LIST_DIR}/../../../koito/drivers/serial)
koito_guest_suite(interrupt-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/helpers.c
        ${CMAKE_CURRENT_LIST_DIR}/interrupt_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/io_port_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/serial_tests.c
        ${interrupt_suite_driver}/serial_console.c)
target_include_directories(interrupt-suite PRIVATE
    ${interrupt_suite_driver})

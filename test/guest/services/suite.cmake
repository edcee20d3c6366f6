# The services suite: the name service and the console server, built from
# their own sources (koito/names, koito/console and the serial driver) and
# run as threads of the suite, with libkoito from the SDK.
set(services_koito ${CMAKE_CURRENT_LIST_DIR}/../../../koito)
koito_guest_suite(services-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/services.c
        ${CMAKE_CURRENT_LIST_DIR}/names_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/console_tests.c
        ${services_koito}/names/names_table.c
        ${services_koito}/names/names_server.c
        ${services_koito}/names/generated/names_dispatch.c
        ${services_koito}/console/line_discipline.c
        ${services_koito}/console/console_output.c
        ${services_koito}/console/console_server.c
        ${services_koito}/console/generated/console_dispatch.c
        ${services_koito}/drivers/serial/serial_console.c)
target_include_directories(services-suite PRIVATE
    ${services_koito}/names ${services_koito}/console ${services_koito}/drivers/serial)
target_link_libraries(services-suite PRIVATE Koito::koito)

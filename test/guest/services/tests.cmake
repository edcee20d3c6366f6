# Boot of the services suite with input typed on the serial console
# (input.txt); check_console.py runs it and checks the console's output
# lines and echo in the serial log, byte for byte.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME guest.services-suite
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_console.py
            ${KOITO_RUN} ${KOITO_GUEST_BUILD}/services-suite.cpio
            ${CMAKE_CURRENT_LIST_DIR}/input.txt)

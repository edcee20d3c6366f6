# Boot of the console system suite with input typed on the serial console
# (input.txt); check_console_system.py runs it and checks the serial log:
# the driver's tests pass, the two writers' lines are all there and whole, the
# reader's echo and lines, end of input twice.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME guest.console-system
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_console_system.py
            ${KOITO_RUN} ${KOITO_GUEST_BUILD}/console-system.cpio
            ${CMAKE_CURRENT_LIST_DIR}/input.txt)
set_tests_properties(guest.console-system PROPERTIES RESOURCE_LOCK koito-qemu)

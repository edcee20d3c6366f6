# Boot of the cpu suite.
add_test(NAME guest.cpu-suite
    COMMAND ${KOITO_RUN} --timeout 300 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/cpu-suite.cpio)
# The cpu suite again, with NMIs injected from the host through QEMU's
# monitor all along: they strike user and kernel mode, and nothing stops.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME guest.cpu-nmi
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/nmi-test.py
            --koito-run ${KOITO_RUN} ${KOITO_GUEST_BUILD}/cpu-suite.cpio)

# Boot of the cpu suite.
add_test(NAME guest.cpu-suite
    COMMAND ${KOITO_RUN} --timeout 300 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/cpu-suite.cpio)

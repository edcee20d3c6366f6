# Boot of the thread suite.
add_test(NAME guest.thread-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/thread-suite.cpio)

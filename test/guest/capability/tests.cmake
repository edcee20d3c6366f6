# Boot of the capability suite.
add_test(NAME guest.capability-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/capability-suite.cpio)

# Boot of the hostile suite.
add_test(NAME guest.hostile-suite
    COMMAND ${KOITO_RUN} --timeout 180 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/hostile-suite.cpio)

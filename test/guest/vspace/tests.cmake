# Boot of the vspace suite.
add_test(NAME guest.vspace-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/vspace-suite.cpio)

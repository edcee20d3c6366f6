# Boot of the ULMM suite.
add_test(NAME guest.ulmm-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/ulmm-suite.cpio)

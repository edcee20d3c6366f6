# Boot of the libc-core suite.
add_test(NAME guest.libc-core-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/libc-core-suite.cpio)

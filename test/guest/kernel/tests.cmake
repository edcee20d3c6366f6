# Boot of the kernel suite.
add_test(NAME guest.kernel-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/kernel-suite.cpio)

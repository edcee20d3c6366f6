# One boot of the libc numerics suite.
add_test(NAME guest.libc-numerics-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/libc-numerics-suite.cpio)

# Boot of the libc-threads suite: KOITO init, then the suite as its init program.
add_test(NAME guest.libc-threads
    COMMAND ${KOITO_RUN} --timeout 300 --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/libc-threads.cpio)

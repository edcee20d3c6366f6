# Boot of the time suite: KOITO init, then the suite as its init program.
add_test(NAME guest.time
    COMMAND ${KOITO_RUN} --timeout 300 --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/time.cpio)

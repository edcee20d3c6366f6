# The leak check (suite.cmake builds it): a thousand runs of a child that opens files, makes a
# pipe and starts a grandchild leave the POSIX server's, ULMM's and the driver's memory use
# exactly as they were.
add_test(NAME guest.posix-leak
    COMMAND ${KOITO_RUN} --timeout 600
        --expect "# suite posix-leak: 2 tests" --expect "2 passed, 0 failed"
        --reject-match "[1-9][0-9]* failed"
        ${KOITO_GUEST_BUILD}/leak-system.cpio)
